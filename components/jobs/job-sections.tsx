import { jobSectionTitles } from "@/lib/domain/job-posting-json-ld";
import type { JobPosting } from "@/lib/services/requisition-dto";

function Section({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  const id = title.toLowerCase().replace(/[^a-z]+/g, "-");
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Every section of a posting, in the order candidates expect to read them. The titles are shared
 * with the JSON-LD description so the structured data says what the page says.
 */
export function JobSections({ job }: { job: JobPosting }) {
  return (
    <>
      {job.summary ? (
        <section aria-labelledby="summary" className="mt-8">
          <h2 id="summary" className="text-lg font-semibold">
            {jobSectionTitles.summary}
          </h2>
          <p className="mt-3">{job.summary}</p>
        </section>
      ) : null}
      <Section title={jobSectionTitles.responsibilities} items={job.responsibilities} />
      <Section title={jobSectionTitles.requiredQualifications} items={job.requiredQualifications.map((q) => q.text)} />
      <Section title={jobSectionTitles.preferredQualifications} items={job.preferredQualifications.map((q) => q.text)} />
      <Section title={jobSectionTitles.benefits} items={job.benefits} />
      {job.skills.length ? (
        <section aria-labelledby="skills" className="mt-8">
          <h2 id="skills" className="text-lg font-semibold">
            {jobSectionTitles.skills}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {job.skills.map((skill) => (
              <li key={skill} className="rounded-full bg-slate-200 px-3 py-1 text-sm">
                {skill}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
