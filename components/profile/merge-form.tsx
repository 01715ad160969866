"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import { mergeCandidatesAction } from "@/lib/actions/profile-actions";

interface Props {
  keepCandidateId: string;
  mergeCandidateId: string;
  mergeName: string;
}

export function MergeForm({ keepCandidateId, mergeCandidateId, mergeName }: Props) {
  const [state, formAction] = useActionState<ActionResult<{ moved: number }> | undefined, FormData>(mergeCandidatesAction, undefined);
  const confirmId = `merge-confirm-${mergeCandidateId}`;
  return (
    <form action={formAction} className="mt-2 space-y-2">
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="keepCandidateId" value={keepCandidateId} />
      <input type="hidden" name="mergeCandidateId" value={mergeCandidateId} />
      <p className="flex items-start gap-2">
        <input id={confirmId} type="checkbox" required className="mt-1" />
        <label htmlFor={confirmId}>
          Yes, move {mergeName}&apos;s applications to this candidate and remove the duplicate record. Every history stays with its application.
        </label>
      </p>
      <SubmitButton pendingLabel="Merging…">Merge into this candidate</SubmitButton>
    </form>
  );
}
