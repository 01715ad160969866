"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { addQuestionAction, removeQuestionAction } from "@/lib/actions/requisition-setup-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { QuestionKind } from "@/lib/domain/application-types";

const kindLabels: Record<QuestionKind, string> = { short_text: "Short text", long_text: "Long text", yes_no: "Yes / no", single_choice: "Single choice" };

interface Question {
  id: string;
  label: string;
  kind: QuestionKind;
  required: boolean;
  options: string[];
  knockoutAnswers: string[];
}

/** The recruiter's own questions for this requisition's apply form; knockouts flag, never reject. */
export function QuestionEditor({ requisitionId, questions }: { requisitionId: string; questions: Question[] }) {
  const [added, addAction] = useActionState<ActionResult | undefined, FormData>(addQuestionAction, undefined);
  const [removed, removeAction] = useActionState<ActionResult | undefined, FormData>(removeQuestionAction, undefined);
  const failed = added && !added.ok ? added : undefined;
  return (
    <div className="space-y-5">
      <FormAlert message={removed?.ok ? removed.message : removed?.error} tone={removed?.ok ? "success" : "error"} />
      {questions.length === 0 ? <p className="text-sm text-slate-600">No custom questions yet. Every form also asks about location (on-site and hybrid jobs) and visa sponsorship.</p> : null}
      <ul className="space-y-2">
        {questions.map((q) => (
          <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
            <span>
              <strong>{q.label}</strong> — {kindLabels[q.kind]}
              {q.required ? ", required" : ", optional"}
              {q.options.length ? ` (${q.options.join(" / ")})` : ""}
              {q.knockoutAnswers.length ? `; flags “${q.knockoutAnswers.join("”, “")}”` : ""}
            </span>
            <form action={removeAction}>
              <input type="hidden" name="requisitionId" value={requisitionId} />
              <input type="hidden" name="questionId" value={q.id} />
              <button type="submit" aria-label={`Remove the question ${q.label}`} className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">
                Remove
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form action={addAction} className="space-y-4 rounded-md border border-slate-200 bg-white p-4">
        <h3 className="font-semibold">Add a question</h3>
        <FormAlert message={added?.ok ? added.message : added?.error} tone={added?.ok ? "success" : "error"} />
        <input type="hidden" name="requisitionId" value={requisitionId} />
        <TextField name="label" id="question-label" label="Question" defaultValue={failed?.values?.label} errors={failed?.fieldErrors.label} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="kind" id="question-kind" label="Answer type" options={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))} />
          <TextField name="knockout" id="question-knockout" label="Flag this answer as a knockout" hint="Optional: Yes, No, or one of the options." errors={failed?.fieldErrors.knockoutAnswers} />
        </div>
        <TextAreaField name="options" id="question-options" label="Options" hint="For single choice: one per line." rows={3} defaultValue={failed?.values?.options} errors={failed?.fieldErrors.options} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="required" value="yes" className="size-4" />
          Candidates must answer
        </label>
        <SubmitButton pendingLabel="Adding…">Add question</SubmitButton>
      </form>
    </div>
  );
}
