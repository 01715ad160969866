"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { autosaveScorecardDraftAction } from "@/lib/actions/scorecard-actions";

/** Save this long after the last change: often enough to lose little, rarely enough to stay quiet. */
export const AUTOSAVE_DELAY_MS = 1000;

export type AutosaveStatus = { kind: "idle" } | { kind: "saved"; at: Date } | { kind: "failed"; message: string };

/**
 * Saves the scorecard form as a draft while the interviewer types: 1 s after the last change, at once
 * when focus leaves the form or the tab is hidden, one request at a time (changes made meanwhile go
 * in the next). It never touches the form itself, so focus and typing are never disturbed, and the
 * server action always saves a draft, so it cannot submit. `pause` stops it while a submission runs.
 */
export function useDraftAutosave(formRef: RefObject<HTMLFormElement | null>, lastSavedAt: Date | null) {
  const [status, setStatus] = useState<AutosaveStatus>(lastSavedAt ? { kind: "saved", at: lastSavedAt } : { kind: "idle" });
  const dirty = useRef(false);
  const running = useRef(false);
  const paused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A "Save draft" click revalidates the page and brings a new saved time with it (state adjusted
  // during render, React's pattern for following a prop).
  const lastSavedTime = lastSavedAt?.getTime();
  const [seenSavedTime, setSeenSavedTime] = useState(lastSavedTime);
  if (seenSavedTime !== lastSavedTime) {
    setSeenSavedTime(lastSavedTime);
    if (lastSavedTime !== undefined) setStatus({ kind: "saved", at: new Date(lastSavedTime) });
  }

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      while (dirty.current && !paused.current && formRef.current) {
        dirty.current = false;
        const result = await autosaveScorecardDraftAction(new FormData(formRef.current)).catch(() => null);
        if (paused.current) break;
        if (!result || !result.ok) {
          // Keep the change pending: the next keystroke, blur or hidden tab tries again.
          dirty.current = true;
          setStatus({ kind: "failed", message: result && !result.ok ? result.error : "Check your connection; it will be saved when you next type." });
          break;
        }
        setStatus({ kind: "saved", at: new Date(result.data.savedAt) });
      }
    } finally {
      running.current = false;
    }
  }, [formRef]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (dirty.current) void pump();
  }, [pump]);

  const changed = useCallback(() => {
    dirty.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  }, [flush]);

  const pause = useCallback((value: boolean) => {
    paused.current = value;
    if (value && timer.current) clearTimeout(timer.current);
  }, []);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", flush);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", flush);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  return { status, changed, flush, pause };
}
