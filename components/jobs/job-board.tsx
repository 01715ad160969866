import Link from "next/link";
import { formatPayRange } from "@/lib/domain/format-pay";
import { hasFilters, type JobFilterOptions, type JobFilters } from "@/lib/domain/job-filters";
import { workplaceLabels } from "@/lib/domain/posting-labels";
import type { JobPosting } from "@/lib/services/requisition-dto";
import { JobFiltersForm } from "./job-filters-form";

function resultCount(count: number, filtered: boolean): string {
  const jobs = `${count} open ${count === 1 ? "job" : "jobs"}`;
  return filtered ? `${jobs} ${count === 1 ? "matches" : "match"} these filters.` : `${jobs}.`;
}

/** The job board: filters, how many jobs match, and the list. */
export function JobBoard({ jobs, filters, options }: { jobs: JobPosting[]; filters: JobFilters; options: JobFilterOptions }) {
  const filtered = hasFilters(filters);
  return (
    <main id="main" className="mx-auto max-w-4xl px-6 py-10">
      <h1 className="text-3xl font-semibold">Open jobs</h1>
      {filtered || jobs.length > 0 ? <JobFiltersForm filters={filters} options={options} /> : null}
      <p className="mt-6 text-slate-700">{resultCount(jobs.length, filtered)}</p>
      {jobs.length === 0 ? (
        <p className="mt-2 text-slate-600">
          {filtered ? (
            <>
              Try fewer filters, or{" "}
              <Link href="/jobs" className="text-brand-700 underline">
                see every open job
              </Link>
              .
            </>
          ) : (
            "There are no open jobs right now. Check back soon."
          )}
        </p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {jobs.map((job) => (
            <li key={job.id} className="p-5">
              <h2 className="text-lg font-semibold">
                <Link href={`/jobs/${job.slug}`} className="text-brand-700 hover:underline">
                  {job.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {[job.department, job.locations.join(" · "), job.workplaceType && workplaceLabels[job.workplaceType]].filter(Boolean).join(" — ")}
              </p>
              {job.compensation ? <p className="mt-1 text-sm">{formatPayRange(job.compensation)}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
