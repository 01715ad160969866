import type { QuestionKind } from "./application-types";
import type { WorkplaceType } from "./posting/posting-types";

/** A question on the apply form that is not a qualification: derived from the job, or added by the recruiter. */
export interface FormQuestion {
  /** "location", "visa_sponsorship", or a custom question's id. */
  key: string;
  kind: QuestionKind;
  label: string;
  /** Shown under the question, e.g. the list of locations. */
  description?: string;
  required: boolean;
  options: string[];
  knockoutAnswers: string[];
}

export const YES = "Yes";
export const NO = "No";

/**
 * Questions every job asks because of what it is: where people must work from (on-site and hybrid
 * jobs), and sponsorship. The location "No" is a knockout flag for the reviewer, never a rejection.
 */
export function derivedQuestions(job: { workplaceType: WorkplaceType | null; locations: readonly string[] }): FormQuestion[] {
  const questions: FormQuestion[] = [];
  if ((job.workplaceType === "onsite" || job.workplaceType === "hybrid") && job.locations.length > 0) {
    questions.push({
      key: "location",
      kind: "yes_no",
      label: "Can you work from one of these locations?",
      description: job.locations.join("; "),
      required: true,
      options: [YES, NO],
      knockoutAnswers: [NO],
    });
  }
  questions.push({
    key: "visa_sponsorship",
    kind: "yes_no",
    label: "Will you now or in the future require visa sponsorship?",
    required: true,
    options: [YES, NO],
    knockoutAnswers: [],
  });
  return questions;
}

export type AnswerCheck = { ok: true; value: string; knockout: boolean } | { ok: false; error: string } | { ok: true; value: null; knockout: false };

/** Checks one answer against its question: required, the allowed options, and length. */
export function checkQuestionAnswer(question: FormQuestion, raw: string | null): AnswerCheck {
  const value = (raw ?? "").trim();
  if (!value) return question.required ? { ok: false, error: "Answer this question." } : { ok: true, value: null, knockout: false };
  const options = question.kind === "yes_no" ? [YES, NO] : question.options;
  if ((question.kind === "yes_no" || question.kind === "single_choice") && !options.includes(value)) {
    return { ok: false, error: "Choose one of the options." };
  }
  const max = question.kind === "long_text" ? 5_000 : 300;
  if (value.length > max) return { ok: false, error: `Keep your answer under ${max.toLocaleString("en")} characters.` };
  return { ok: true, value, knockout: question.knockoutAnswers.includes(value) };
}
