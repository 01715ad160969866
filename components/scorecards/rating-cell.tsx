import type { ScorecardRating } from "@/lib/domain/scorecard-types";
import { ratingLabel } from "./labels";

/**
 * One interviewer's rating of one attribute in the summary. With notes it is a `<details>`
 * disclosure: Tab reaches it, Enter or Space opens it, it works without JavaScript, and the notes are
 * plain text in the page (no title tooltip, which neither keyboards nor touch screens can reach).
 * Pointing at it shows the notes too, where the browser can style the closed disclosure's content.
 */
export function RatingCell({ rating, notes }: { rating: ScorecardRating | null | undefined; notes: string | undefined }) {
  const label = ratingLabel(rating);
  if (!notes?.trim()) return <>{label}</>;
  return (
    <details className="group [&:hover::details-content]:[content-visibility:visible]">
      <summary className="cursor-pointer rounded-sm">
        {label} <span className="text-xs text-brand-700 underline decoration-dotted group-open:no-underline">· notes</span>
      </summary>
      <p className="mt-1 max-w-xs whitespace-pre-line break-words rounded border border-slate-200 bg-slate-50 p-2 text-xs text-slate-800">{notes}</p>
    </details>
  );
}
