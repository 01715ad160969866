"use client";

import { startTransition, useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { setHeadcountAction } from "@/lib/actions/offer-actions";
import type { ActionResult } from "@/lib/actions/action-result";

/** How many hires fill the requisition: the accepted offer that reaches it closes the requisition as filled. */
export function HeadcountForm({ requisitionId, headcount }: { requisitionId: string; headcount: number }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(setHeadcountAction, undefined);
  const failed = state && !state.ok ? state : null;
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-3"
    >
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="requisitionId" value={requisitionId} />
      <TextField
        name="headcount"
        label="Headcount"
        type="number"
        min={1}
        max={999}
        step={1}
        required
        hint="How many people this requisition hires (1–999)."
        defaultValue={failed?.values?.headcount ?? String(headcount)}
        errors={failed?.fieldErrors.headcount}
        className="max-w-48"
      />
      <SubmitButton pendingLabel="Saving…">Save headcount</SubmitButton>
    </form>
  );
}
