import { formatPayRange } from "@/lib/domain/format-pay";
import { employmentLabels, workplaceLabels } from "@/lib/domain/posting-labels";
import type { JobPosting } from "@/lib/services/requisition-dto";

/** Department, locations, workplace, employment type and pay as a definition list. */
export function JobFacts({ job }: { job: JobPosting }) {
  const facts: [string, string][] = [];
  if (job.department) facts.push(["Department", job.department]);
  if (job.locations.length) facts.push([job.locations.length > 1 ? "Locations" : "Location", job.locations.join(" · ")]);
  if (job.workplaceType) facts.push(["Workplace", workplaceLabels[job.workplaceType]]);
  if (job.employmentType) facts.push(["Employment", employmentLabels[job.employmentType]]);
  if (job.compensation) facts.push(["Pay range", formatPayRange(job.compensation)]);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-600">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
