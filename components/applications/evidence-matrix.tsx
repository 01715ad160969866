import type { ApplicationEvidence } from "@/lib/services/application-evidence";
import { answerLabels } from "@/lib/domain/application-types";

const statusStyles = {
  met: "bg-green-100 text-green-900",
  partly: "bg-amber-100 text-amber-900",
  not_met: "bg-red-100 text-red-900",
  unknown: "bg-slate-100 text-slate-800",
} as const;
const statusWords = { met: "Met", partly: "Partly", not_met: "Not met", unknown: "Unknown" } as const;

/**
 * Qualification × (answer, evidence, resume snippets, status and why). No score: the reviewer
 * sees what the candidate said and what the resume shows, and decides.
 */
export function EvidenceMatrix({ evidence }: { evidence: ApplicationEvidence }) {
  const { summary, assessments, resumeText } = evidence;
  return (
    <section aria-labelledby="evidence-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="evidence-heading" className="font-semibold">
        Evidence by qualification
      </h2>
      <p className="mt-1 text-sm">
        Required met <strong>{summary.required.met}</strong> of {summary.required.total} · Preferred met <strong>{summary.preferred.met}</strong> of{" "}
        {summary.preferred.total}
        {resumeText.status === "pending" ? " · Resume text is still being read." : null}
        {resumeText.status === "unavailable" ? ` · Resume text unavailable${resumeText.note ? ` (${resumeText.note})` : ""}.` : null}
      </p>
      {summary.knockoutFlags.length || summary.warnings.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-800">
          {[...summary.knockoutFlags, ...summary.warnings].map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
          <caption className="sr-only">Each qualification with the candidate&apos;s answer, their evidence, what the resume shows, and the status</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">Qualification</th>
              <th scope="col" className="py-2 pr-3">Answer</th>
              <th scope="col" className="py-2 pr-3">Their evidence</th>
              <th scope="col" className="py-2 pr-3">In the resume</th>
              <th scope="col" className="py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.qualificationId} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <span className="block text-xs uppercase tracking-wide text-slate-500">{a.kind}</span>
                  {a.text}
                </th>
                <td className="py-2 pr-3">{a.answer ? answerLabels[a.answer] : "—"}</td>
                <td className="py-2 pr-3 whitespace-pre-line">{a.evidence ?? "—"}</td>
                <td className="py-2 pr-3">
                  {a.matches.length ? (
                    <ul className="space-y-1">
                      {a.matches.map((m, i) => (
                        <li key={i}>
                          <span className="font-medium">{m.term}</span>
                          {m.strength === "weak" ? <span className="text-slate-500"> (keyword list)</span> : null}: “{m.sentence}”
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="py-2">
                  <span className={`rounded px-2 py-0.5 text-xs font-semibold ${statusStyles[a.status]}`}>{statusWords[a.status]}</span>
                  <p className="mt-1 text-slate-700">{a.reason}</p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
