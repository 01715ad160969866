import type { Metadata } from "next";
import { JobBoard } from "@/components/jobs/job-board";
import { PublicHeader } from "@/components/ui/public-header";
import { cachedJobFilterOptions, cachedOpenJobs } from "@/lib/app/public-job-cache";
import { parseJobFilters } from "@/lib/domain/job-filters";

export const metadata: Metadata = { title: "Open jobs", openGraph: { title: "Open jobs" } };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The job board with its filters in the URL. Reading searchParams makes it dynamic (so never
 * rendered at build time, when there is no database); its data comes from the public-jobs cache.
 * The unfiltered board is also served, much faster, from the full-route cache by
 * app/jobs/%5Fboard/[view] when next.config rewrites `/jobs` without filter parameters there.
 */
export default async function JobsPage({ searchParams }: Props) {
  const [params, options] = await Promise.all([searchParams, cachedJobFilterOptions()]);
  const filters = parseJobFilters(params, options);
  const jobs = await cachedOpenJobs(filters);
  return (
    <>
      <PublicHeader />
      <JobBoard jobs={jobs} filters={filters} options={options} />
    </>
  );
}
