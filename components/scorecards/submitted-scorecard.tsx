import type { ScorecardAttribute, ScorecardView } from "@/lib/services/scorecards";
import { ratingLabel } from "./labels";

/** One submitted scorecard, read-only. Text is candidate-adjacent and rendered as text only. */
export function SubmittedScorecard({ card, attributes, heading }: { card: ScorecardView; attributes: ScorecardAttribute[]; heading: string }) {
  return (
    <article aria-label={heading} className="rounded-lg border border-slate-200 bg-white p-5">
      <h3 className="font-semibold">{heading}</h3>
      <p className="mt-1 text-sm">
        Overall recommendation: <strong>{ratingLabel(card.overallRecommendation)}</strong>
      </p>
      <dl className="mt-3 space-y-2 text-sm">
        {attributes.map((attribute) => (
          <div key={attribute.id}>
            <dt className="font-medium">{attribute.label}</dt>
            <dd>
              {ratingLabel(card.ratings[attribute.id]?.rating)}
              {card.ratings[attribute.id]?.notes ? <span className="block whitespace-pre-wrap text-slate-700">{card.ratings[attribute.id]?.notes}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      {card.keyTakeaways ? (
        <>
          <h4 className="mt-3 text-sm font-medium">Key takeaways</h4>
          <p className="whitespace-pre-wrap text-sm text-slate-700">{card.keyTakeaways}</p>
        </>
      ) : null}
    </article>
  );
}
