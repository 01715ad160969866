"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import { setLegalHoldAction } from "@/lib/actions/privacy-actions";

/** The "Legal hold" checkbox and its save button; a plain form, so it works without JavaScript. */
export function LegalHoldForm({ candidateId, legalHold }: { candidateId: string; legalHold: boolean }) {
  const [state, formAction] = useActionState<ActionResult<{ legalHold: boolean }> | undefined, FormData>(setLegalHoldAction, undefined);
  const checked = state?.ok ? state.data.legalHold : legalHold;
  const id = `legal-hold-${candidateId}`;
  return (
    <form action={formAction} className="space-y-2">
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <p className="flex items-start gap-2">
        <input id={id} name="legalHold" type="checkbox" defaultChecked={checked} key={String(checked)} className="mt-1" aria-describedby={`${id}-hint`} />
        <label htmlFor={id} className="font-medium">
          Legal hold
        </label>
      </p>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        While on hold, the retention job and erasure requests leave this candidate&apos;s data alone.
      </p>
      <SubmitButton pendingLabel="Saving…">Save legal hold</SubmitButton>
    </form>
  );
}
