import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobFacts } from "@/components/jobs/job-facts";
import { JobPostingJsonLd } from "@/components/jobs/job-posting-json-ld";
import { JobSections } from "@/components/jobs/job-sections";
import { JobStatusNotice } from "@/components/jobs/job-status-notice";
import { PublicHeader } from "@/components/ui/public-header";
import { configuredBaseUrl } from "@/lib/app/base-url";
import { cachedPublicJob } from "@/lib/app/public-job-cache";
import { buildJobPostingJsonLd } from "@/lib/domain/job-posting-json-ld";

interface Props {
  params: Promise<{ slug: string }>;
}

// Rendered per request, as every page is for its CSP nonce (app/layout.tsx); its data comes from the
// public-jobs cache until revalidatePublicJobs expires it, so a visit costs no database round trip.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = await cachedPublicJob(slug);
  if (!page) return { title: "Job not found" };
  const description = page.job.summary.length > 200 ? `${page.job.summary.slice(0, 199).trimEnd()}…` : page.job.summary;
  return {
    title: page.job.title,
    description,
    openGraph: { type: "website", title: page.job.title, description, siteName: page.organizationName ?? undefined },
    // A closed job stays reachable for old links but should drop out of search results.
    ...(page.status === "closed" ? { robots: { index: false } } : {}),
  };
}

export default async function JobPage({ params }: Props) {
  const { slug } = await params;
  const page = await cachedPublicJob(slug);
  if (!page) notFound();
  const { job, status, closeReason, organizationName } = page;
  const baseUrl = configuredBaseUrl();
  // Only an open job is advertised to search engines: one that takes no applications must not
  // appear in Google for Jobs, whose guidelines ask for the markup to go when a job stops.
  const jsonLd = status === "open" ? buildJobPostingJsonLd({ job, organizationName, url: baseUrl ? `${baseUrl}/jobs/${job.slug}` : undefined }) : null;
  return (
    <>
      <PublicHeader organizationName={organizationName ?? undefined} />
      <main id="main" className="mx-auto max-w-4xl px-6 py-10">
        <p>
          <Link href="/jobs" className="text-sm text-brand-700 hover:underline">
            ← All jobs
          </Link>
        </p>
        <h1 className="mt-3 text-3xl font-semibold">{job.title}</h1>
        <JobStatusNotice status={status} closeReason={closeReason} />
        <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
          <JobFacts job={job} />
        </div>
        <JobSections job={job} />
        {status === "open" ? (
          <p className="mt-10">
            <Link href={`/jobs/${job.slug}/apply`} className="inline-block rounded-md bg-brand-700 px-5 py-3 font-medium text-white hover:bg-brand-600">
              Apply for this job
            </Link>
          </p>
        ) : null}
        {jsonLd ? <JobPostingJsonLd data={jsonLd} /> : null}
      </main>
    </>
  );
}
