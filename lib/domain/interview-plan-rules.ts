import { z } from "zod";

export const INTERVIEW_NAME_MAX = 120;
export const INSTRUCTIONS_MAX = 5000;
export const CUSTOM_LABEL_MAX = 60;
export const FOCUS_ATTRIBUTES_MAX = 20;

/**
 * What an edited interview of the plan must satisfy. Blank custom-attribute inputs are ignored (the
 * form always offers a few), repeated labels collapse into one, and at least one attribute must remain
 * so the scorecard has something to rate.
 */
export const planInterviewFieldsSchema = z
  .strictObject({
    name: z.string().trim().min(1, "Name the interview.").max(INTERVIEW_NAME_MAX, `Use at most ${INTERVIEW_NAME_MAX} characters.`),
    durationMinutes: z.coerce
      .number({ message: "Enter a length in minutes." })
      .int("Use whole minutes.")
      .min(5, "At least 5 minutes.")
      .max(720, "At most 720 minutes (12 hours)."),
    instructions: z.string().trim().max(INSTRUCTIONS_MAX, `Keep the instructions under ${INSTRUCTIONS_MAX} characters.`).default(""),
    qualificationIds: z.array(z.uuid()).max(FOCUS_ATTRIBUTES_MAX).default([]),
    customLabels: z
      .array(z.string().trim().max(CUSTOM_LABEL_MAX, `Keep each custom attribute under ${CUSTOM_LABEL_MAX} characters.`))
      .max(FOCUS_ATTRIBUTES_MAX)
      .default([])
      .transform((labels) => dedupeLabels(labels)),
  })
  .superRefine((value, ctx) => {
    if (value.qualificationIds.length + value.customLabels.length === 0) {
      ctx.addIssue({ code: "custom", path: ["focus"], message: "Choose at least one focus attribute: a qualification or a custom attribute." });
    }
  })
  .transform((value) => ({ ...value, qualificationIds: [...new Set(value.qualificationIds)] }));

export type PlanInterviewFields = z.output<typeof planInterviewFieldsSchema>;
export type PlanInterviewFieldsInput = z.input<typeof planInterviewFieldsSchema>;

/** Non-blank labels, first spelling kept, compared without case. */
export function dedupeLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const label of labels.map((l) => l.trim()).filter(Boolean)) {
    const key = label.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      result.push(label);
    }
  }
  return result;
}
