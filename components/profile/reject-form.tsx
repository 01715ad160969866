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
  /** For an application already rejected: the email of that rejection, as it stands now. */
  rejectionEmail: { stageEventId: string; status: "scheduled" | "sending" | "sent" | "cancelled" | "failed"; scheduledFor: string } | null;
}

const emailOutcome = {
  sending: "Rejected. The email to the candidate is being sent.",
  sent: "Rejected. The email to the candidate has been sent.",
  cancelled: "Rejected. The email to the candidate was cancelled: it will not be sent.",
  failed: "Rejected. The email to the candidate could not be delivered.",
} as const;

/**
 * Rejecting from the candidate's page, with a reason from the configured list, an optional note and
 * the delayed (undoable) email: the same fields as the board's dialog, in a plain form that works
 * without JavaScript. The board links here for that case ("Reject with a reason…").
 */
export function RejectForm({ applicationId, version, active, reasons, rejectionEmail }: Props) {
  const [state, formAction] = useActionState<ActionResult<RejectResult> | undefined, FormData>(rejectApplicationAction, undefined);
  if (!active && !state?.ok) return rejectionEmail ? <RejectedSection email={rejectionEmail} /> : null;
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

/**
 * A rejected application's section on any later visit, from what is stored: the email still waiting
 * (with its undo), or what became of it. This is also how the outcome of "Undo email" shows after
 * a post without JavaScript, where the page is rendered anew.
 */
function RejectedSection({ email }: { email: NonNullable<Props["rejectionEmail"]> }) {
  return (
    <section id="reject" aria-labelledby="reject-heading" className="h-fit rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="reject-heading" className="font-semibold">
        Reject candidate
      </h2>
      <div className="mt-3 text-sm">
        {email.status === "scheduled" ? (
          <RejectionUndo message="Rejected." stageEventId={email.stageEventId} emailScheduledFor={email.scheduledFor} />
        ) : (
          <p role="status">{emailOutcome[email.status]}</p>
        )}
      </div>
    </section>
  );
}
