"use client";

import { useActionState } from "react";
import { undoRejectionEmailAction } from "@/lib/actions/board-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import { LocalTime } from "@/components/ui/local-time";

/** After a rejection: when the candidate email leaves, and the button that stops it. */
export function RejectionUndo({ message, stageEventId, emailScheduledFor }: { message: string; stageEventId: string; emailScheduledFor: string }) {
  const [state, action, pending] = useActionState<ActionResult | undefined, FormData>(undoRejectionEmailAction, undefined);
  if (state?.ok) return <p role="status">{state.message}</p>;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <p role="status">
        {message} The email to the candidate leaves at <LocalTime value={emailScheduledFor} />.
      </p>
      <input type="hidden" name="stageEventId" value={stageEventId} />
      <button type="submit" disabled={pending} className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100">
        Undo email
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
