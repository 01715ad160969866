import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ApplyForm } from "@/components/apply/apply-form";
import { JobStatusNotice } from "@/components/jobs/job-status-notice";
import { PublicHeader } from "@/components/ui/public-header";
import { cachedPublicJob } from "@/lib/app/public-job-cache";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = await cachedPublicJob(slug);
  if (!page) return { title: "Job not found" };
  // Only the open form belongs in search results.
  return { title: `Apply: ${page.job.title}`, ...(page.status === "open" ? {} : { robots: { index: false } }) };
}

/**
 * The application form of an open job. A paused job answers 200 with a notice: pausing is a normal
 * state that ends, not a server failure, and 503 would tell crawlers and uptime checks the site is
 * down. A closed job's page says so; its 410 Gone status is set by proxy.ts, because a page cannot
 * choose its HTTP status. The apply action refuses anything not open whatever this page shows.
 */
export default async function ApplyPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const page = await cachedPublicJob(slug);
  if (!page) notFound();
  const { job, status, closeReason } = page;
  return (
    <>
      <PublicHeader organizationName={page.organizationName ?? undefined} />
      <main id="main" className="mx-auto max-w-2xl px-6 py-10">
        <p>
          <Link href={`/jobs/${job.slug}`} className="text-sm text-brand-700 hover:underline">
            ← Back to the job
          </Link>
        </p>
        {status === "open" ? (
          <>
            <h1 className="mt-3 text-3xl font-semibold">Apply: {job.title}</h1>
            <p className="mt-2 text-slate-600">Fields marked optional can be left empty. Everything else is required.</p>
            <ApplyForm slug={job.slug} />
          </>
        ) : (
          <>
            <h1 className="mt-3 text-3xl font-semibold">
              {status === "paused" ? "Applications are paused" : "Applications are closed"}: {job.title}
            </h1>
            <JobStatusNotice status={status} closeReason={closeReason} />
          </>
        )}
      </main>
    </>
  );
}
