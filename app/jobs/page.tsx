import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PublicHeader } from "@/components/ui/public-header";
import { formatPayRange } from "@/lib/domain/format-pay";
import { workplaceLabels } from "@/lib/domain/posting-labels";
import { listOpenJobs } from "@/lib/services/requisitions";

export const metadata: Metadata = { title: "Open jobs" };

export default async function JobsPage() {
  await connection();
  const jobs = await listOpenJobs();
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-4xl px-6 py-10">
        <h1 className="text-3xl font-semibold">Open jobs</h1>
        {jobs.length === 0 ? (
          <p className="mt-6 text-slate-600">There are no open jobs right now. Check back soon.</p>
        ) : (
          <ul className="mt-8 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {jobs.map((job) => (
              <li key={job.id} className="p-5">
                <h2 className="text-lg font-semibold">
                  <Link href={`/jobs/${job.slug}`} className="text-brand-700 hover:underline">
                    {job.title}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-slate-600">
                  {[job.department, job.locations.join(" · "), job.workplaceType && workplaceLabels[job.workplaceType]]
                    .filter(Boolean)
                    .join(" — ")}
                </p>
                {job.compensation ? <p className="mt-1 text-sm">{formatPayRange(job.compensation)}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
