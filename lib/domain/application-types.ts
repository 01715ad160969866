export const qualificationAnswerValues = ["yes", "partly", "no"] as const;
export type QualificationAnswerValue = (typeof qualificationAnswerValues)[number];

export const questionKinds = ["short_text", "long_text", "yes_no", "single_choice"] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const answerLabels: Record<QualificationAnswerValue, string> = { yes: "Yes", partly: "Partly", no: "No" };
