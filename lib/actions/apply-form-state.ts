/** What the apply form round-trips through its action, so nothing the candidate entered is lost. */
export interface ApplyFormState {
  error?: string;
  fieldErrors: Record<string, string[] | undefined>;
  /** Every text value and choice, by field name, to fill the form again. */
  values: Record<string, string>;
  /** A resume already received, kept server-side under an opaque token while the rest is fixed. */
  resume: { token: string; filename: string } | null;
  /** One id per form: posting it twice creates one application. */
  submissionId: string;
}

/** Field names shared by the form and the action. */
export const applyFieldNames = {
  answer: (qualificationId: string) => `answer.${qualificationId}`,
  evidence: (qualificationId: string) => `evidence.${qualificationId}`,
  question: (key: string) => `question.${key}`,
  selfId: (key: string) => `selfId.${key}`,
} as const;

/**
 * The qualification and question answers a posted form carries, by id, whichever the form showed:
 * the service knows the requisition's questions and takes only theirs. Null-prototype records, so
 * a field named `answer.__proto__` is just an unknown id.
 */
export function readAnswerFields(formData: FormData): {
  qualificationAnswers: Record<string, { answer: string | null; evidence: string }>;
  questionAnswers: Record<string, string | null>;
} {
  const qualificationAnswers: Record<string, { answer: string | null; evidence: string }> = Object.create(null);
  const questionAnswers: Record<string, string | null> = Object.create(null);
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const [kind, id] = splitFieldName(name);
    if (!id) continue;
    if (kind === "answer") (qualificationAnswers[id] ??= { answer: null, evidence: "" }).answer = value || null;
    else if (kind === "evidence") (qualificationAnswers[id] ??= { answer: null, evidence: "" }).evidence = value;
    else if (kind === "question") questionAnswers[id] = value || null;
  }
  return { qualificationAnswers, questionAnswers };
}

const splitFieldName = (name: string): [string, string] => {
  const dot = name.indexOf(".");
  return dot < 0 ? [name, ""] : [name.slice(0, dot), name.slice(dot + 1)];
};

/** The error keys the service uses, mapped to the form field (and element id) they belong to. */
export function fieldIdForError(key: string): string {
  if (key.startsWith("qualification.")) return `answer-${key.slice("qualification.".length)}`;
  if (key.startsWith("question.")) return `question-${key.slice("question.".length)}`;
  return key;
}
