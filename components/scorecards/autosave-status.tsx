"use client";

import type { AutosaveStatus } from "./use-draft-autosave";

function clockTime(at: Date): string {
  return typeof window === "undefined" ? `${at.toISOString().slice(11, 16)} UTC` : at.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}

/** A polite live region that is always present, so screen readers announce each save without moving focus. */
export function AutosaveStatusLine({ status }: { status: AutosaveStatus }) {
  return (
    <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600">
      {status.kind === "saved" ? (
        <>
          Draft saved at{" "}
          <time dateTime={status.at.toISOString()} suppressHydrationWarning>
            {clockTime(status.at)}
          </time>
        </>
      ) : status.kind === "failed" ? (
        <span className="text-red-700">Draft not saved: {status.message}</span>
      ) : null}
    </p>
  );
}
