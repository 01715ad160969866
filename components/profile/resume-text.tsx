import type { ResumeText as ResumeTextData } from "@/lib/services/application-profile";

/** The text read from the resume, as plain text; the file itself is only ever a download. */
export function ResumeText({ resume }: { resume: ResumeTextData }) {
  if (resume.status === "none") return null;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-medium">Resume text</summary>
      {resume.status === "ok" ? (
        <pre className="mt-2 max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans text-sm">{resume.text}</pre>
      ) : resume.status === "pending" ? (
        <p className="mt-2 text-sm text-slate-600">The resume is still being read; its text appears here shortly.</p>
      ) : (
        <p className="mt-2 text-sm text-slate-600">Resume text unavailable{resume.note ? `: ${resume.note}` : ""}. Download the file to read it.</p>
      )}
    </details>
  );
}
