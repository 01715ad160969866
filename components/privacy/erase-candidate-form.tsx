"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/actions/action-result";
import { eraseCandidateAction } from "@/lib/actions/privacy-actions";

/** Erasure on the person's request: needs an explicit confirmation, as it cannot be undone. */
export function EraseCandidateForm({ candidateId }: { candidateId: string }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(eraseCandidateAction, undefined);
  const id = `erase-confirm-${candidateId}`;
  const error = state && !state.ok ? state.fieldErrors.confirm?.[0] : undefined;
  return (
    <form action={formAction} className="space-y-2">
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <p className="flex items-start gap-2">
        <input id={id} name="confirm" value="yes" type="checkbox" required className="mt-1" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        <label htmlFor={id}>
          I understand that erasing removes this person&apos;s name, contact details, résumés, answers and notes for good. Their applications stay, anonymised, in the statistics.
        </label>
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button type="submit" className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-600">
        Erase candidate data
      </button>
    </form>
  );
}
