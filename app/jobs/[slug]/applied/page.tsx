import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PublicHeader } from "@/components/ui/public-header";
import { cachedPublicJob } from "@/lib/app/public-job-cache";

export const metadata: Metadata = { title: "Application received", robots: { index: false } };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ already?: string }>;
}

// Any public job, not only an open one: the job may be paused or closed a moment after someone
// applied, and their confirmation must still show.
export default async function AppliedPage({ params, searchParams }: Props) {
  await connection();
  const [{ slug }, { already }] = await Promise.all([params, searchParams]);
  const page = await cachedPublicJob(slug);
  if (!page) notFound();
  const { job } = page;
  return (
    <>
      <PublicHeader organizationName={page.organizationName ?? undefined} />
      <main id="main" className="mx-auto max-w-2xl px-6 py-16">
        {already ? (
          <>
            <h1 className="text-3xl font-semibold">You have already applied to this job</h1>
            <p className="mt-4">
              We already have your application for <strong>{job.title}</strong>, so we did not create another one. The hiring
              team will be in touch.
            </p>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-semibold">Application received</h1>
            <p className="mt-4">
              Thank you for applying for <strong>{job.title}</strong>. The hiring team reviews every application and will be in
              touch.
            </p>
          </>
        )}
        <p className="mt-8">
          <Link href="/jobs" className="text-brand-700 underline">
            See other open jobs
          </Link>
        </p>
      </main>
    </>
  );
}
