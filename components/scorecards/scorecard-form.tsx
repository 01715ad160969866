"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { saveScorecardAction } from "@/lib/actions/scorecard-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { ScorecardAttribute, ScorecardView } from "@/lib/services/scorecards";
import { AutosaveStatusLine } from "./autosave-status";
import { ScorecardFields } from "./scorecard-fields";
import { useDraftAutosave } from "./use-draft-autosave";

interface Props {
  interviewId: string;
  attributes: ScorecardAttribute[];
  own: ScorecardView | null;
}

const buttonClass = "rounded-md px-4 py-2 font-medium disabled:opacity-60";

/**
 * A real form: "Save draft" and "Submit scorecard" post the same fields with a different intent, so it
 * works without JavaScript. With it, the draft also saves itself while the interviewer types.
 */
export function ScorecardForm({ interviewId, attributes, own }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<{ status: "draft" | "submitted" }> | undefined, FormData>(saveScorecardAction, undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const autosave = useDraftAutosave(formRef, own?.status === "draft" ? own.updatedAt : null);
  const recommendationError = state && !state.ok ? state.fieldErrors.overallRecommendation : undefined;
  const { pause } = autosave;
  useEffect(() => {
    // A refused submission leaves the scorecard a draft: autosaving resumes.
    if (state && !state.ok) pause(false);
  }, [state, pause]);
  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={autosave.changed}
      onBlur={autosave.flush}
      onSubmit={(event) => {
        // Keep what was typed when a submission is refused; React would reset the form otherwise.
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const data = new FormData(event.currentTarget, submitter);
        if (data.get("intent") === "submit") autosave.pause(true);
        startTransition(() => formAction(data));
      }}
      className="space-y-6"
    >
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="scheduledInterviewId" value={interviewId} />
      <ScorecardFields attributes={attributes} saved={own} recommendationError={recommendationError} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" name="intent" value="draft" formNoValidate disabled={pending} className={`${buttonClass} border border-slate-400 bg-white text-slate-900`}>
          Save draft
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending} className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-600`}>
          Submit scorecard
        </button>
        <AutosaveStatusLine status={autosave.status} />
      </div>
      <p className="text-sm text-slate-600">Drafts save automatically and only you see them. Submitting is final (later changes are amendments, with a reason). Other interviewers&apos; scorecards open to you once yours is in.</p>
    </form>
  );
}
