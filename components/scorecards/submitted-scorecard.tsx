import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { ScorecardAttribute, ScorecardView } from "@/lib/services/scorecards";
import { ratingLabel } from "./labels";

interface Props {
  card: ScorecardView;
  attributes: ScorecardAttribute[];
  heading: string;
  /** Where "Amend scorecard" leads, when the viewer may amend this one. */
  amendHref?: string;
}

/** One submitted scorecard, read-only. Text is candidate-adjacent and rendered as text only. */
export function SubmittedScorecard({ card, attributes, heading, amendHref }: Props) {
  return (
    <article aria-label={heading} className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h3 className="font-semibold">{heading}</h3>
        {amendHref ? (
          <Link href={amendHref} className="text-sm text-brand-700 underline">
            Amend scorecard
          </Link>
        ) : null}
      </div>
      <p className="mt-1 text-sm">
        Overall recommendation: <strong>{ratingLabel(card.overallRecommendation)}</strong>
        {card.amendments.length > 0 ? " (amended)" : null}
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
      {card.amendments.length > 0 ? (
        <>
          <h4 className="mt-3 text-sm font-medium">Amendments</h4>
          <ul className="mt-1 space-y-1 text-sm text-slate-700">
            {card.amendments.map((a) => (
              <li key={a.id}>
                <LocalTime value={a.at} />, {a.amendedByName}: <span className="whitespace-pre-wrap break-words">{a.reason}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
