"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { generateInterviewPlanAction } from "@/lib/actions/interview-plan-actions";
import type { ActionResult } from "@/lib/actions/action-result";

/** For a requisition with no interviews in its plan (an older one, or one emptied by hand). */
export function GeneratePlanButton({ requisitionId }: { requisitionId: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | undefined, FormData>(generateInterviewPlanAction, undefined);
  return (
    <form action={formAction} className="space-y-2">
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="requisitionId" value={requisitionId} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-60">
        Generate the default plan
      </button>
    </form>
  );
}
