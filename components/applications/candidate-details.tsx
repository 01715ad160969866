import { ResumeText } from "@/components/profile/resume-text";
import type { ResumeText as ResumeTextData } from "@/lib/services/application-profile";

interface Props {
  applicationId: string;
  candidate: { email: string; phone: string | null; location: string | null; linkedinUrl: string | null; websiteUrl: string | null };
  resume: { filename: string; sizeBytes: number } | null;
  coverLetter: string | null;
  answers: { key: string; label: string; answer: string; knockout: boolean }[];
  /** The text read from the resume, shown under the download link when given. */
  resumeText?: ResumeTextData;
}

/** Links the candidate typed are shown as text with rel="noopener noreferrer nofollow": they are not ours. */
export function CandidateDetails({ applicationId, candidate, resume, coverLetter, answers, resumeText }: Props) {
  const rows: [string, React.ReactNode][] = [["Email", <a key="e" href={`mailto:${candidate.email}`} className="text-brand-700 underline">{candidate.email}</a>]];
  if (candidate.phone) rows.push(["Phone", candidate.phone]);
  if (candidate.location) rows.push(["Location", candidate.location]);
  for (const [label, url] of [["LinkedIn", candidate.linkedinUrl], ["Website", candidate.websiteUrl]] as const) {
    if (url) rows.push([label, <a key={label} href={url} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 underline">{url}</a>]);
  }
  return (
    <section aria-labelledby="contact" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="contact" className="font-semibold">
        Contact and answers
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {answers.map((a) => (
          <div key={a.key} className="contents">
            <dt className="text-slate-600">{a.label}</dt>
            <dd>
              {a.answer}
              {a.knockout ? <strong className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-900">Knockout</strong> : null}
            </dd>
          </div>
        ))}
      </dl>
      {resume ? (
        <p className="mt-3">
          <a href={`/dashboard/applications/${applicationId}/resume`} className="text-brand-700 underline">
            Download resume ({resume.filename}, {Math.ceil(resume.sizeBytes / 1024)} KB)
          </a>
        </p>
      ) : null}
      {resumeText ? <ResumeText resume={resumeText} /> : null}
      {coverLetter ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-medium">Cover letter</summary>
          <p className="mt-2 whitespace-pre-line text-sm">{coverLetter}</p>
        </details>
      ) : null}
    </section>
  );
}
