"use client";

import { startTransition, useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { rescheduleInterviewAction, type RescheduledResult } from "@/lib/actions/interview-actions";
import type { ActionResult } from "@/lib/actions/action-result";

export interface ReschedulableInterview {
  id: string;
  title: string;
  /** Start date and time as the interview's own zone shows them. */
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: number;
  location: string;
}

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

/**
 * Moves an interview: the services keep the calendar UID and raise SEQUENCE, so every invitee's
 * calendar updates the event rather than adding a second one. Prefilled with the current time.
 */
export function RescheduleInterviewForm({ interview, timeZones }: { interview: ReschedulableInterview; timeZones: string[] }) {
  const [state, formAction] = useActionState<ActionResult<RescheduledResult> | undefined, FormData>(rescheduleInterviewAction, undefined);
  const failed = state && !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const value = (name: string, fallback: string) => failed?.values?.[name] ?? fallback;
  const id = (name: string) => `reschedule-${interview.id}-${name}`;
  const described = (name: string) => (errors[name]?.length ? `${id(name)}-error` : undefined);
  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <p id={`${id(name)}-error`} className="mt-1 text-sm text-red-700">
        {errors[name]?.join(" ")}
      </p>
    ) : null;
  const zones = timeZones.includes(interview.timeZone) ? timeZones : [interview.timeZone, ...timeZones];
  return (
    <details open={state ? true : undefined}>
      <summary className="cursor-pointer text-sm text-brand-700 hover:underline">
        Reschedule<span className="sr-only"> {interview.title}</span>
      </summary>
      <form
        action={formAction}
        onSubmit={(event) => {
          // Keeps what was typed on a refusal (React resets a form after its action otherwise).
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => formAction(data));
        }}
        aria-label={`Reschedule ${interview.title}`}
        className="mt-2 space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      >
        <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
        {state?.ok && state.data.warnings.length > 0 ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            Double booking: {state.data.warnings.join(", ")} already {state.data.warnings.length === 1 ? "has" : "have"} an interview at an overlapping time.
          </p>
        ) : null}
        <input type="hidden" name="scheduledInterviewId" value={interview.id} />
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor={id("date")} className="block text-sm font-medium">New date</label>
            <input id={id("date")} name="date" type="date" required defaultValue={value("date", interview.date)} aria-describedby={described("date")} className={inputClass} />
            {fieldError("date")}
          </div>
          <div>
            <label htmlFor={id("time")} className="block text-sm font-medium">New start time</label>
            <input id={id("time")} name="time" type="time" required defaultValue={value("time", interview.time)} aria-describedby={described("time")} className={inputClass} />
            {fieldError("time")}
          </div>
        </div>
        <div>
          <label htmlFor={id("zone")} className="block text-sm font-medium">Time zone</label>
          <select id={id("zone")} name="timeZone" defaultValue={value("timeZone", interview.timeZone)} aria-describedby={described("timeZone")} className={inputClass}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>{zone}</option>
            ))}
          </select>
          {fieldError("timeZone")}
        </div>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor={id("duration")} className="block text-sm font-medium">Length in minutes</label>
            <input id={id("duration")} name="durationMinutes" type="number" min={5} max={720} step={5} required defaultValue={value("durationMinutes", String(interview.durationMinutes))} aria-describedby={described("durationMinutes")} className={inputClass} />
            {fieldError("durationMinutes")}
          </div>
          <div>
            <label htmlFor={id("location")} className="block text-sm font-medium">Location or video link</label>
            <input id={id("location")} name="location" maxLength={500} defaultValue={value("location", interview.location)} aria-describedby={described("location")} className={inputClass} />
            {fieldError("location")}
          </div>
        </div>
        <SubmitButton pendingLabel="Moving…">Reschedule interview</SubmitButton>
      </form>
    </details>
  );
}
