"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { withdrawApplicationAction } from "@/lib/actions/status-actions";
import type { ActionResult } from "@/lib/actions/action-result";

export function WithdrawForm({ token, jobTitle }: { token: string; jobTitle: string }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(withdrawApplicationAction, undefined);
  return (
    <form action={formAction} className="space-y-3">
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="token" value={token} />
      <div className="flex items-start gap-2">
        <input id="confirm" name="confirm" type="checkbox" value="yes" className="mt-1 size-4" />
        <label htmlFor="confirm">Yes, withdraw my application for {jobTitle}. I understand this cannot be undone.</label>
      </div>
      <SubmitButton pendingLabel="Withdrawing…">Withdraw application</SubmitButton>
    </form>
  );
}
