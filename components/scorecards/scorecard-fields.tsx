import { ratingLabels, scorecardRatings, scorecardRecommendations } from "@/lib/domain/scorecard-types";
import type { ScorecardAttribute, ScorecardView } from "@/lib/services/scorecards";

interface Props {
  attributes: ScorecardAttribute[];
  /** What is saved (a draft, or the submitted scorecard being amended). */
  saved: Pick<ScorecardView, "ratings" | "keyTakeaways" | "overallRecommendation"> | null;
  /** What the user typed before a refusal, when the page was rendered again without JavaScript. */
  typed?: Record<string, string>;
  recommendationError?: string[];
  /** Prefix for element ids, so two forms on one page never share one. */
  idPrefix?: string;
}

/** The fields of a scorecard: a rating and notes per attribute, key takeaways, the overall recommendation. */
export function ScorecardFields({ attributes, saved, typed, recommendationError, idPrefix = "" }: Props) {
  const recommendation = typed ? typed.overallRecommendation : saved?.overallRecommendation;
  return (
    <>
      {attributes.map((attribute) => {
        const rating = typed ? typed[`rating_${attribute.id}`] : saved?.ratings[attribute.id]?.rating;
        const notes = typed ? typed[`notes_${attribute.id}`] : saved?.ratings[attribute.id]?.notes;
        return (
          <fieldset key={attribute.id} className="rounded-md border border-slate-200 p-4">
            <legend className="px-1 font-medium">{attribute.label}</legend>
            <input type="hidden" name="attributeIds" value={attribute.id} />
            <div role="radiogroup" aria-label={attribute.label} className="flex flex-wrap gap-4">
              {scorecardRatings.map((value) => (
                <label key={value} className="flex items-center gap-1 text-sm">
                  <input type="radio" name={`rating_${attribute.id}`} value={value} defaultChecked={rating === value} />
                  {ratingLabels[value]}
                </label>
              ))}
            </div>
            <label htmlFor={`${idPrefix}notes_${attribute.id}`} className="mt-3 block text-sm font-medium">
              Notes on {attribute.label}
            </label>
            <textarea id={`${idPrefix}notes_${attribute.id}`} name={`notes_${attribute.id}`} rows={2} maxLength={5000} defaultValue={notes ?? ""} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2" />
          </fieldset>
        );
      })}
      <div>
        <label htmlFor={`${idPrefix}keyTakeaways`} className="block font-medium">
          Key takeaways
        </label>
        <textarea id={`${idPrefix}keyTakeaways`} name="keyTakeaways" rows={4} maxLength={10000} defaultValue={(typed ? typed.keyTakeaways : saved?.keyTakeaways) ?? ""} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2" />
      </div>
      <fieldset aria-describedby={recommendationError ? `${idPrefix}overall-error` : undefined}>
        <legend className="font-medium">Overall recommendation</legend>
        <div role="radiogroup" aria-label="Overall recommendation" aria-required="true" className="mt-1 flex flex-wrap gap-4">
          {scorecardRecommendations.map((value) => (
            <label key={value} className="flex items-center gap-1 text-sm">
              <input type="radio" name="overallRecommendation" value={value} required defaultChecked={recommendation === value} />
              {ratingLabels[value]}
            </label>
          ))}
        </div>
        {recommendationError ? (
          <p id={`${idPrefix}overall-error`} className="mt-1 text-sm text-red-700">
            {recommendationError.join(" ")}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
