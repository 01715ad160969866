"use client";

import { useEffect, useRef } from "react";
import { fieldIdForError } from "@/lib/actions/apply-form-state";

/** The errors at the top of the form, each linking to its field; focus moves here after a failed submit. */
export function ErrorSummary({ message, fieldErrors, labels }: { message?: string; fieldErrors: Record<string, string[] | undefined>; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, fieldErrors]);
  if (!message) return null;
  const entries = Object.entries(fieldErrors).filter(([, errors]) => errors?.length);
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <h2 id="error-summary-title" className="font-semibold">
        {message}
      </h2>
      {entries.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {entries.map(([key, errors]) => (
            <li key={key}>
              <a href={`#${fieldIdForError(key)}`} className="underline">
                {labelPrefix(labels[key])}
                {errors?.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** "Email: " before the message; a question keeps its question mark and needs no colon. */
function labelPrefix(label: string | undefined): string {
  if (!label) return "";
  const trimmed = label.replace(/[.:]+$/, "");
  return trimmed.endsWith("?") ? `${trimmed} ` : `${trimmed}: `;
}
