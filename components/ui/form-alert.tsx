"use client";

import { useEffect, useRef } from "react";

/**
 * The message at the top of a form after a failed submit. It takes focus so screen-reader and
 * keyboard users land on it, and is announced as an alert.
 */
export function FormAlert({ message, tone = "error" }: { message: string | undefined; tone?: "error" | "success" }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  const colours = tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800";
  return (
    <div ref={ref} tabIndex={-1} role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${colours}`}>
      {message}
    </div>
  );
}
