"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { scheduleInterviewAction, type ScheduledResult } from "@/lib/actions/interview-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { SchedulablePlanInterview } from "@/lib/services/interview-plan-scheduling";

interface Props {
  applicationId: string;
  team: { id: string; name: string }[];
  timeZones: string[];
  /** The requisition's planned interviews; choosing one makes its focus attributes the scorecard's. */
  planned?: SchedulablePlanInterview[];
}

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

/**
 * Works without JavaScript (the zone then stays UTC); with it, the organiser's own zone is chosen
 * and what they typed survives a refused submission.
 */
export function ScheduleInterviewForm({ applicationId, team, timeZones, planned = [] }: Props) {
  const [state, formAction] = useActionState<ActionResult<ScheduledResult> | undefined, FormData>(scheduleInterviewAction, undefined);
  const zoneRef = useRef<HTMLSelectElement>(null);
  const browserZoneRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const durationRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserZoneRef.current) browserZoneRef.current.value = zone;
    if (zoneRef.current && timeZones.includes(zone) && !state) zoneRef.current.value = zone;
  }, [timeZones, state]);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const describedBy = (name: string) => (errors[name]?.length ? `${name}-error` : undefined);
  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
        {errors[name]?.join(" ")}
      </p>
    ) : null;
  return (
    <section aria-labelledby="schedule-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="schedule-heading" className="font-semibold">
        Schedule an interview
      </h2>
      <form
        action={formAction}
        onSubmit={(event) => {
          // Keeps the typed values on a refusal (React resets a form after its action otherwise).
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => formAction(data));
        }}
        className="mt-3 space-y-4"
      >
        <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
        {state?.ok && state.data.warnings.length > 0 ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            Double booking: {state.data.warnings.join(", ")} already {state.data.warnings.length === 1 ? "has" : "have"} an interview at an overlapping time.
          </p>
        ) : null}
        <input type="hidden" name="applicationId" value={applicationId} />
        <input ref={browserZoneRef} type="hidden" name="browserTimeZone" defaultValue="UTC" />
        {planned.length > 0 ? (
          <div>
            <label htmlFor="interview-plan-item" className="block text-sm font-medium">From the interview plan</label>
            <select
              id="interview-plan-item"
              name="planItemId"
              defaultValue={values.planItemId ?? ""}
              aria-describedby={describedBy("planItemId") ?? "interview-plan-item-hint"}
              onChange={(event) => {
                // With JavaScript the planned name and length are filled in; without it, type them.
                const item = planned.find((p) => p.id === event.currentTarget.value);
                if (item && titleRef.current) titleRef.current.value = item.name;
                if (item && durationRef.current) durationRef.current.value = String(item.durationMinutes);
              }}
              className={inputClass}
            >
              <option value="">None: rate every qualification</option>
              {planned.map((item) => (
                <option key={item.id} value={item.id}>
                  {`${item.stageName}: ${item.name} (${item.durationMinutes} min)`}
                </option>
              ))}
            </select>
            <p id="interview-plan-item-hint" className="mt-1 text-sm text-slate-600">The scorecard rates the planned interview&apos;s focus attributes.</p>
            {fieldError("planItemId")}
          </div>
        ) : null}
        <div>
          <label htmlFor="interview-title" className="block text-sm font-medium">Interview</label>
          <input ref={titleRef} id="interview-title" name="title" required maxLength={120} defaultValue={values.title ?? "Onsite"} aria-describedby={describedBy("title")} className={inputClass} />
          {fieldError("title")}
        </div>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="interview-date" className="block text-sm font-medium">Date</label>
            <input id="interview-date" name="date" type="date" required defaultValue={values.date} aria-describedby={describedBy("date")} className={inputClass} />
            {fieldError("date")}
          </div>
          <div>
            <label htmlFor="interview-time" className="block text-sm font-medium">Start time</label>
            <input id="interview-time" name="time" type="time" required defaultValue={values.time} aria-describedby={describedBy("time")} className={inputClass} />
            {fieldError("time")}
          </div>
        </div>
        <div>
          <label htmlFor="interview-zone" className="block text-sm font-medium">Time zone</label>
          <select id="interview-zone" ref={zoneRef} name="timeZone" defaultValue={values.timeZone ?? "UTC"} aria-describedby={describedBy("timeZone")} className={inputClass}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>{zone}</option>
            ))}
          </select>
          {fieldError("timeZone")}
        </div>
        <div>
          <label htmlFor="interview-duration" className="block text-sm font-medium">Length in minutes</label>
          <input ref={durationRef} id="interview-duration" name="durationMinutes" type="number" min={5} max={720} step={5} required defaultValue={values.durationMinutes ?? "60"} aria-describedby={describedBy("durationMinutes")} className={inputClass} />
          {fieldError("durationMinutes")}
        </div>
        <div>
          <label htmlFor="interview-location" className="block text-sm font-medium">Location or video link</label>
          <input id="interview-location" name="location" maxLength={500} defaultValue={values.location} aria-describedby={describedBy("location")} className={inputClass} />
          {fieldError("location")}
        </div>
        <fieldset aria-describedby={describedBy("interviewerIds")}>
          <legend className="text-sm font-medium">Interviewers</legend>
          <div className="mt-1 space-y-1">
            {team.map((member) => (
              <label key={member.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="interviewerIds" value={member.id} />
                {member.name}
              </label>
            ))}
          </div>
          {fieldError("interviewerIds")}
        </fieldset>
        <SubmitButton pendingLabel="Scheduling…">Schedule interview</SubmitButton>
      </form>
    </section>
  );
}
