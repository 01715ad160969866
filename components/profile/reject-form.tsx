"use client";

import { useActionState } from "react";
import { RejectionUndo } from "@/components/board/rejection-undo";
import { ReasonFields } from "@/components/board/reason-fields";
import type { RejectionReasonView } from "@/components/board/board-types";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { rejectApplicationAction, type RejectResult } from "@/lib/actions/board-actions";
import type { ActionResult } from "@/lib/actions/action-result";

interface Props {
  applicationId: string;
  version: number;
  /** Only an active application can be rejected; the section stays to show the outcome of its own rejection. */
  active: boolean;
  reasons: RejectionReasonView[];
}

/**
 * Rejecting from the candidate's page, with a reason from the configured list, an optional note and
 * the delayed (undoable) email: the same fields as the board's dialog, in a plain form that works
 * without JavaScript. The board links here for that case ("Reject with a reason…").
 */
export function RejectForm({ applicationId, version, active, reasons }: Props) {
  const [state, formAction] = useActionState<ActionResult<RejectResult> | undefined, FormData>(rejectApplicationAction, undefined);
  if (!active && !state?.ok) return null;
  const reasonError = state && !state.ok ? state.fieldErrors?.reasonId?.[0] : undefined;
  return (
    <section id="reject" aria-labelledby="reject-heading" className="h-fit rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="reject-heading" className="font-semibold">
        Reject candidate
      </h2>
      {state?.ok ? (
        <div className="mt-3 text-sm">
          {state.data.emailScheduledFor ? (
            <RejectionUndo message={state.message ?? "Rejected."} stageEventId={state.data.stageEventId} emailScheduledFor={state.data.emailScheduledFor} />
          ) : (
            <p role="status">{state.message ?? "Rejected."}</p>
          )}
        </div>
      ) : (
        <form action={formAction} className="mt-3 space-y-4">
          <FormAlert message={reasonError ? undefined : state?.error} tone="error" />
          <input type="hidden" name="applicationId" value={applicationId} />
          <input type="hidden" name="expectedVersion" value={version} />
          <ReasonFields idPrefix="reject" reasons={reasons} fieldError={reasonError} />
          <SubmitButton pendingLabel="Rejecting…">Reject</SubmitButton>
        </form>
      )}
    </section>
  );
}
