"use client";

import { startTransition, useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { saveScorecardAction } from "@/lib/actions/scorecard-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import { ratingLabels, scorecardRatings, scorecardRecommendations } from "@/lib/domain/scorecard-types";
import type { ScorecardAttribute, ScorecardView } from "@/lib/services/scorecards";

interface Props {
  interviewId: string;
  attributes: ScorecardAttribute[];
  own: ScorecardView | null;
}

const buttonClass = "rounded-md px-4 py-2 font-medium disabled:opacity-60";

/** A real form: "Save draft" and "Submit scorecard" post the same fields with a different intent. */
export function ScorecardForm({ interviewId, attributes, own }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<{ status: "draft" | "submitted" }> | undefined, FormData>(saveScorecardAction, undefined);
  const recommendationError = state && !state.ok ? state.fieldErrors.overallRecommendation : undefined;
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        // Keep what was typed when a submission is refused; React would reset the form otherwise.
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const data = new FormData(event.currentTarget, submitter);
        startTransition(() => formAction(data));
      }}
      className="space-y-6"
    >
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="scheduledInterviewId" value={interviewId} />
      {attributes.map((attribute) => {
        const saved = own?.ratings[attribute.id];
        return (
          <fieldset key={attribute.id} className="rounded-md border border-slate-200 p-4">
            <legend className="px-1 font-medium">{attribute.label}</legend>
            <input type="hidden" name="attributeIds" value={attribute.id} />
            <div role="radiogroup" aria-label={attribute.label} className="flex flex-wrap gap-4">
              {scorecardRatings.map((rating) => (
                <label key={rating} className="flex items-center gap-1 text-sm">
                  <input type="radio" name={`rating_${attribute.id}`} value={rating} defaultChecked={saved?.rating === rating} />
                  {ratingLabels[rating]}
                </label>
              ))}
            </div>
            <label htmlFor={`notes_${attribute.id}`} className="mt-3 block text-sm font-medium">
              Notes on {attribute.label}
            </label>
            <textarea id={`notes_${attribute.id}`} name={`notes_${attribute.id}`} rows={2} maxLength={5000} defaultValue={saved?.notes ?? ""} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2" />
          </fieldset>
        );
      })}
      <div>
        <label htmlFor="keyTakeaways" className="block font-medium">Key takeaways</label>
        <textarea id="keyTakeaways" name="keyTakeaways" rows={4} maxLength={10000} defaultValue={own?.keyTakeaways ?? ""} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2" />
      </div>
      <fieldset aria-describedby={recommendationError ? "overall-error" : undefined}>
        <legend className="font-medium">Overall recommendation</legend>
        <div role="radiogroup" aria-label="Overall recommendation" aria-required="true" className="mt-1 flex flex-wrap gap-4">
          {scorecardRecommendations.map((value) => (
            <label key={value} className="flex items-center gap-1 text-sm">
              <input type="radio" name="overallRecommendation" value={value} required defaultChecked={own?.overallRecommendation === value} />
              {ratingLabels[value]}
            </label>
          ))}
        </div>
        {recommendationError ? <p id="overall-error" className="mt-1 text-sm text-red-700">{recommendationError.join(" ")}</p> : null}
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" name="intent" value="draft" formNoValidate disabled={pending} className={`${buttonClass} border border-slate-400 bg-white text-slate-900`}>
          Save draft
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending} className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-600`}>
          Submit scorecard
        </button>
      </div>
      <p className="text-sm text-slate-600">Submitting is final. Other interviewers&apos; scorecards open to you once yours is in.</p>
    </form>
  );
}
