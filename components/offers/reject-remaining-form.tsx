"use client";

import { startTransition, useActionState } from "react";
import { ReasonFields } from "@/components/board/reason-fields";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { rejectRemainingCandidatesAction } from "@/lib/actions/offer-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { RejectionReasonDto } from "@/lib/services/rejections";
import type { RemainingCandidate } from "@/lib/services/filled-requisition";

/** Every remaining candidate starts ticked: once the seat is filled, most of them are to be told. */
export function RejectRemainingForm({ candidates, reasons }: { candidates: RemainingCandidate[]; reasons: RejectionReasonDto[] }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(rejectRemainingCandidatesAction, undefined);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const positionClosed = reasons.find((r) => r.label === "Position closed")?.id ?? "";
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-4"
    >
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <fieldset aria-describedby={errors.selected ? "remaining-selected-error" : undefined}>
        <legend className="text-sm font-medium">Candidates still in the process</legend>
        <ul className="mt-2 space-y-1">
          {candidates.map((c) => (
            <li key={c.applicationId}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="selected" value={`${c.applicationId}:${c.version}`} defaultChecked />
                {c.name} <span className="text-slate-600">({c.stageName})</span>
              </label>
            </li>
          ))}
        </ul>
        {errors.selected ? (
          <p id="remaining-selected-error" className="mt-1 text-sm text-red-700">
            {errors.selected.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="max-w-md space-y-4">
        <ReasonFields
          idPrefix="remaining"
          reasons={reasons}
          fieldError={errors.reasonId?.join(" ")}
          defaultReasonId={positionClosed}
          defaultNote={values.note}
          emailLabel="Email the candidates (sent after a short delay)"
        />
      </div>
      <SubmitButton pendingLabel="Rejecting…">Reject selected candidates</SubmitButton>
    </form>
  );
}
