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

/** The error keys the service uses, mapped to the form field (and element id) they belong to. */
export function fieldIdForError(key: string): string {
  if (key.startsWith("qualification.")) return `answer-${key.slice("qualification.".length)}`;
  if (key.startsWith("question.")) return `question-${key.slice("question.".length)}`;
  return key;
}
