"use client";

import { startTransition, useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { rejectRemainingCandidatesAction } from "@/lib/actions/offer-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { RejectionReasonDto } from "@/lib/services/rejections";
import type { RemainingCandidate } from "@/lib/services/filled-requisition";

const kindLabels = { we_rejected: "We rejected them", they_withdrew: "They withdrew" } as const;

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
      <div>
        <label htmlFor="remaining-reason" className="block text-sm font-medium">
          Reason
        </label>
        <select
          id="remaining-reason"
          name="reasonId"
          required
          defaultValue={positionClosed}
          aria-describedby={errors.reasonId ? "remaining-reason-error" : undefined}
          className="mt-1 block w-full max-w-md rounded-md border border-slate-400 bg-white px-2 py-1.5"
        >
          <option value="" disabled>
            Choose a reason
          </option>
          {(["we_rejected", "they_withdrew"] as const).map((kind) => (
            <optgroup key={kind} label={kindLabels[kind]}>
              {reasons
                .filter((r) => r.kind === kind)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {errors.reasonId ? (
          <p id="remaining-reason-error" className="mt-1 text-sm text-red-700">
            {errors.reasonId.join(" ")}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="remaining-note" className="block text-sm font-medium">
          Note <span className="font-normal text-slate-600">(optional, internal)</span>
        </label>
        <textarea id="remaining-note" name="note" rows={2} maxLength={500} defaultValue={values.note} className="mt-1 block w-full max-w-md rounded-md border border-slate-400 px-2 py-1.5" />
      </div>
      <div className="flex items-center gap-2">
        <input id="remaining-email" type="checkbox" name="sendEmail" defaultChecked />
        <label htmlFor="remaining-email" className="text-sm">
          Email the candidates (sent after a short delay)
        </label>
      </div>
      <SubmitButton pendingLabel="Rejecting…">Reject selected candidates</SubmitButton>
    </form>
  );
}
