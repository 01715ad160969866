"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { editPlanInterviewAction } from "@/lib/actions/interview-plan-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import { CUSTOM_LABEL_MAX, INSTRUCTIONS_MAX, INTERVIEW_NAME_MAX } from "@/lib/domain/interview-plan-rules";
import type { PlanQualification } from "@/lib/domain/interview-plan-types";
import type { PlanInterviewView } from "@/lib/services/interview-plan-rows";
import { FocusFields } from "./focus-fields";

interface Props {
  requisitionId: string;
  qualifications: PlanQualification[];
  /** The interview to edit; absent for the "add an interview" form. */
  interview?: PlanInterviewView;
  /** Where a new interview may go, and which is preselected (add form only). */
  stages?: { id: string; name: string }[];
  defaultStageId?: string;
  isFirst?: boolean;
  isLast?: boolean;
}

const button = "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-40";
const primary = "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600";

/** One interview of the plan (or a new one). Each is its own form, so every button works without JavaScript. */
export function PlanInterviewForm({ requisitionId, qualifications, interview, stages, defaultStageId, isFirst, isLast }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult | undefined, FormData>(editPlanInterviewAction, undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const adding = !interview;
  useEffect(() => {
    if (adding && state?.ok) formRef.current?.reset();
  }, [adding, state]);
  const prefix = interview ? `plan-${interview.id}` : "plan-new";
  const failed = state && !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values;
  const value = (name: string, fallback: string) => typed?.[name] ?? fallback;
  const customLabels = typed
    ? Object.keys(typed).filter((k) => k.startsWith("custom:")).map((k) => typed[k] ?? "")
    : [...(interview?.focus.filter((f) => f.customLabel !== null).map((f) => f.customLabel ?? "") ?? []), "", ""];
  const checked = (id: string) => (typed ? typed[`q:${id}`] === "on" : (interview?.focus.some((f) => f.qualificationId === id) ?? false));
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(event) => {
        // Keeps what was typed on a refusal (React resets a form after its action otherwise).
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
      className="space-y-4"
    >
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="requisitionId" value={requisitionId} />
      {interview ? <input type="hidden" name="planItemId" value={interview.id} /> : null}
      {adding ? (
        <div>
          <label htmlFor={`${prefix}-stage`} className="block text-sm font-medium text-slate-800">
            Stage
          </label>
          <select id={`${prefix}-stage`} name="stageId" defaultValue={value("stageId", defaultStageId ?? stages?.[0]?.id ?? "")} aria-describedby={errors.stageId?.length ? `${prefix}-stage-error` : undefined} className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2">
            {stages?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {errors.stageId?.length ? <p id={`${prefix}-stage-error`} className="mt-1 text-sm text-red-700">{errors.stageId.join(" ")}</p> : null}
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextField id={`${prefix}-name`} name="name" label="Interview name" required maxLength={INTERVIEW_NAME_MAX} defaultValue={value("name", interview?.name ?? "")} errors={errors.name} />
        <TextField id={`${prefix}-duration`} name="durationMinutes" label="Duration (minutes)" type="number" inputMode="numeric" min={5} max={720} step={5} required defaultValue={value("durationMinutes", String(interview?.durationMinutes ?? 45))} errors={errors.durationMinutes} />
      </div>
      <TextAreaField id={`${prefix}-instructions`} name="instructions" label="Instructions" hint="The interview kit: what the interviewer should probe and how." maxLength={INSTRUCTIONS_MAX} rows={3} defaultValue={value("instructions", interview?.instructions ?? "")} errors={errors.instructions} />
      <FocusFields prefix={prefix} qualifications={qualifications} checked={checked} customLabels={customLabels} customMax={CUSTOM_LABEL_MAX} errors={{ focus: errors.focus, qualificationIds: errors.qualificationIds, customLabels: errors.customLabels }} />
      <div className="flex flex-wrap gap-2">
        {adding ? (
          <button type="submit" name="op" value="add" disabled={pending} className={primary}>
            Add interview
          </button>
        ) : (
          <>
            <button type="submit" name="op" value="save" disabled={pending} className={primary}>
              Save interview
            </button>
            <button type="submit" name="op" value="up" formNoValidate disabled={pending || isFirst} className={button}>
              Move up
              <span className="sr-only"> {interview.name}</span>
            </button>
            <button type="submit" name="op" value="down" formNoValidate disabled={pending || isLast} className={button}>
              Move down
              <span className="sr-only"> {interview.name}</span>
            </button>
            <button type="submit" name="op" value="remove" formNoValidate disabled={pending} className={`${button} text-red-800`}>
              Remove interview
            </button>
          </>
        )}
      </div>
    </form>
  );
}
