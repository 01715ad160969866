"use client";

import { useEffect, useRef } from "react";

/**
 * Listens for board shortcuts on the document. The handler may change every render; the
 * listener is attached once and always calls the latest. Returning true marks the key as used.
 */
export function useBoardKeys(handler: (event: KeyboardEvent) => boolean) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (latest.current(event)) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
