"use client";

import { RejectionUndo } from "./rejection-undo";

export type Notice =
  | { tone: "status"; message: string; undo?: { stageEventId: string; emailScheduledFor: string } | null }
  | { tone: "alert"; message: string };

/** The board's one message line: what just happened, or why it did not (a stale move, a rule). */
export function BoardNotice({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  if (notice.tone === "alert") {
    return (
      <p role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
        {notice.message}
      </p>
    );
  }
  return (
    <div className="mt-3 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-800">
      {notice.undo ? (
        <RejectionUndo key={notice.undo.stageEventId} message={notice.message} stageEventId={notice.undo.stageEventId} emailScheduledFor={notice.undo.emailScheduledFor} />
      ) : (
        <p role="status">{notice.message}</p>
      )}
    </div>
  );
}
