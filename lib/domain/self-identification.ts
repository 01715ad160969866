/** Voluntary self-identification, as US employers ask it. Every question defaults to declining. */
export const DECLINE = "Decline to self-identify";

export const selfIdentificationQuestions = [
  { key: "gender", label: "Gender", options: ["Woman", "Man", "Non-binary", "Another gender", DECLINE] },
  {
    key: "raceEthnicity",
    label: "Race or ethnicity",
    options: [
      "American Indian or Alaska Native",
      "Asian",
      "Black or African American",
      "Hispanic or Latino",
      "Native Hawaiian or Other Pacific Islander",
      "White",
      "Two or more races",
      DECLINE,
    ],
  },
  { key: "veteranStatus", label: "Veteran status", options: ["I am a protected veteran", "I am not a protected veteran", DECLINE] },
  { key: "disability", label: "Disability", options: ["Yes, I have a disability (or previously had one)", "No, I do not have a disability", DECLINE] },
] as const;

export type SelfIdentificationKey = (typeof selfIdentificationQuestions)[number]["key"];
export type SelfIdentification = Record<SelfIdentificationKey, string>;

/** Unknown or missing answers become "Decline to self-identify": never an error, never a guess. */
export function normaliseSelfIdentification(input: Partial<Record<string, string | null | undefined>>): SelfIdentification {
  const result = {} as SelfIdentification;
  for (const question of selfIdentificationQuestions) {
    const value = input[question.key] ?? "";
    result[question.key] = (question.options as readonly string[]).includes(value) ? value : DECLINE;
  }
  return result;
}
