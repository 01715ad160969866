"use client";

import { useActionState } from "react";
import { cancelInterviewAction } from "@/lib/actions/interview-actions";
import type { ActionResult } from "@/lib/actions/action-result";

export function CancelInterviewButton({ interviewId, title }: { interviewId: string; title: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | undefined, FormData>(cancelInterviewAction, undefined);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="scheduledInterviewId" value={interviewId} />
      <button type="submit" disabled={pending} aria-label={`Cancel ${title}`} className="text-sm text-red-700 hover:underline disabled:opacity-60">
        Cancel
      </button>
      {state && !state.ok ? <span role="alert" className="ml-2 text-sm text-red-700">{state.error}</span> : null}
    </form>
  );
}
