"use client";

import { useActionState } from "react";
import { cancelInterviewAction } from "@/lib/actions/interview-actions";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Cancelling sends every interviewer and the candidate a cancellation, so it asks first. The question
 * sits in a <details>, which opens without JavaScript.
 */
export function CancelInterviewButton({ interviewId, title }: { interviewId: string; title: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | undefined, FormData>(cancelInterviewAction, undefined);
  const failed = state && !state.ok;
  return (
    <details open={failed || undefined} className="group">
      <summary className="cursor-pointer text-sm text-red-700 hover:underline">
        Cancel interview<span className="sr-only"> {title}</span>
      </summary>
      <form action={formAction} className="mt-2 space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
        <input type="hidden" name="scheduledInterviewId" value={interviewId} />
        <p>Cancel {title}? The interviewers and the candidate are sent a cancellation for their calendars.</p>
        <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-600 disabled:opacity-60">
          Yes, cancel {title}
        </button>
        {failed ? (
          <p role="alert" className="text-red-800">
            {state.error}
          </p>
        ) : null}
      </form>
    </details>
  );
}
