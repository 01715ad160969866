import { answerLabels } from "@/lib/domain/application-types";
import type { QualificationThreadEntry } from "@/lib/domain/qualification-thread";
import { ratingLabel } from "./labels";

const statusWords = { met: "Met", partly: "Partly", not_met: "Not met", unknown: "Unknown" } as const;
const statusStyles = {
  met: "bg-green-100 text-green-900",
  partly: "bg-amber-100 text-amber-900",
  not_met: "bg-red-100 text-red-900",
  unknown: "bg-slate-100 text-slate-800",
} as const;

/**
 * Per qualification: the candidate's answer and evidence, the evidence status, then every submitted
 * rating of it. Everything here is candidate or interviewer text, so it is rendered as text only.
 */
export function QualificationThread({ thread }: { thread: QualificationThreadEntry[] }) {
  if (thread.length === 0) return null;
  return (
    <section aria-labelledby="qualification-thread-heading" className="space-y-3">
      <h3 id="qualification-thread-heading" className="text-sm font-semibold">
        Qualification thread
      </h3>
      <ol className="space-y-3">
        {thread.map((q) => (
          <li key={q.qualificationId} className="rounded-md border border-slate-200 p-3 text-sm">
            <h4 className="font-medium break-words">
              <span className="mr-2 text-xs font-normal uppercase tracking-wide text-slate-600">{q.kind}</span>
              {q.text}
            </h4>
            <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-600">Candidate&apos;s answer</dt>
              <dd>{q.answer ? answerLabels[q.answer] : "Not answered"}</dd>
              <dt className="text-slate-600">Their evidence</dt>
              <dd className="whitespace-pre-line break-words">{q.evidence?.trim() ? q.evidence : "—"}</dd>
              <dt className="text-slate-600">Evidence status</dt>
              <dd>
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${statusStyles[q.status]}`}>{statusWords[q.status]}</span> <span className="text-slate-700">{q.reason}</span>
              </dd>
            </dl>
            {q.ratings.length === 0 ? (
              <p className="mt-2 text-slate-600">Not yet assessed in any interview</p>
            ) : (
              <ul className="mt-2 space-y-2 border-l-2 border-slate-300 pl-3">
                {q.ratings.map((r) => (
                  <li key={`${r.attributeId}:${r.interviewerId}`}>
                    <span className="font-medium">{r.interviewerName}</span> in <span className="break-words">{r.interviewTitle}</span>: <strong>{r.rating ? ratingLabel(r.rating) : "No rating"}</strong>
                    {r.notes.trim() ? <p className="mt-0.5 whitespace-pre-line break-words text-slate-700">{r.notes}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
