import type { ScorecardAmendmentView, ScorecardMatrixInterview } from "@/lib/services/scorecards";
import { ratingLabel } from "./labels";
import { RatingCell } from "./rating-cell";

/** "amended" with the latest reason; the scorecard page lists every amendment. */
function AmendedNote({ amendments }: { amendments: ScorecardAmendmentView[] }) {
  const latest = amendments.at(-1);
  return (
    <span className="block text-xs font-normal text-slate-600">
      amended{amendments.length > 1 ? ` ${amendments.length} times` : ""}
      {latest ? <span className="break-words">: {latest.reason}</span> : null}
    </span>
  );
}

/**
 * Attributes × interviewers for each interview; a missing scorecard says so instead of leaving a gap,
 * and a rating with notes opens to show them.
 */
export function ScorecardMatrix({ interviews }: { interviews: ScorecardMatrixInterview[] }) {
  const live = interviews.filter((i) => i.status === "scheduled");
  if (live.length === 0) return null;
  return (
    <div className="space-y-4">
      <h3 className="text-sm font-semibold">Scorecard summary</h3>
      {live.map((interview) => (
        <div key={interview.id} className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="mb-1 text-left font-medium">{interview.title}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-3">Attribute</th>
                {interview.interviewers.map((p) => (
                  <th key={p.id} scope="col" className="py-1 pr-3">{p.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {interview.attributes.map((attribute) => (
                <tr key={attribute.id} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 align-top font-normal">{attribute.label}</th>
                  {interview.interviewers.map((p) => (
                    <td key={p.id} className="py-1 pr-3 align-top">
                      {p.scorecard?.status === "submitted" ? <RatingCell rating={p.scorecard.ratings[attribute.id]?.rating} notes={p.scorecard.ratings[attribute.id]?.notes} /> : ""}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row" className="py-1 pr-3">Overall recommendation</th>
                {interview.interviewers.map((p) => (
                  <td key={p.id} className="py-1 pr-3 font-medium">
                    {p.scorecard?.status === "submitted" ? ratingLabel(p.scorecard.overallRecommendation) : <span className="text-amber-800">Scorecard missing</span>}
                    {p.scorecard?.amendments.length ? <AmendedNote amendments={p.scorecard.amendments} /> : null}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
