import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JobBoard } from "@/components/jobs/job-board";
import { PublicHeader } from "@/components/ui/public-header";
import { cachedJobFilterOptions, cachedOpenJobs } from "@/lib/app/public-job-cache";

export const metadata: Metadata = { title: "Open jobs", openGraph: { title: "Open jobs" } };

interface Props {
  params: Promise<{ view: string }>;
}

/**
 * The unfiltered board (`/jobs/_board/all`; job slugs never contain "_"): next.config rewrites `/jobs`
 * without filter parameters here. It renders per request, as every page does for its CSP nonce
 * (app/layout.tsx); its data comes from the public-jobs cache until revalidatePublicJobs expires it.
 */
export default async function CachedJobBoardPage({ params }: Props) {
  const { view } = await params;
  if (view !== "all") notFound();
  const [jobs, options] = await Promise.all([cachedOpenJobs({}), cachedJobFilterOptions()]);
  return (
    <>
      <PublicHeader />
      <JobBoard jobs={jobs} filters={{}} options={options} />
    </>
  );
}
