import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { JobFacts } from "@/components/jobs/job-facts";
import { JobSections } from "@/components/jobs/job-sections";
import { PublicHeader } from "@/components/ui/public-header";
import { orNotFound } from "@/lib/app/or-not-found";
import { getOpenJob } from "@/lib/services/requisitions";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const job = await getOpenJob(slug).catch(() => null);
  return job ? { title: job.title, description: job.summary.slice(0, 200) } : { title: "Job not found" };
}

export default async function JobPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const job = await orNotFound(getOpenJob(slug));
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-4xl px-6 py-10">
        <p>
          <Link href="/jobs" className="text-sm text-brand-700 hover:underline">
            ← All jobs
          </Link>
        </p>
        <h1 className="mt-3 text-3xl font-semibold">{job.title}</h1>
        <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
          <JobFacts job={job} />
        </div>
        <JobSections job={job} />
        <p className="mt-10">
          <Link href={`/jobs/${job.slug}/apply`} className="inline-block rounded-md bg-brand-700 px-5 py-3 font-medium text-white hover:bg-brand-600">
            Apply for this job
          </Link>
        </p>
      </main>
    </>
  );
}
