/** The review-screen field a parser warning is about, so it can be shown beside that field. */
export type WarningField =
  | "title"
  | "department"
  | "locations"
  | "workplaceType"
  | "employmentType"
  | "compensation"
  | "summary"
  | "responsibilities"
  | "qualifications"
  | "skills"
  | "general";

const rules: [RegExp, WarningField][] = [
  [/\b(?:pay|salary|currency|amounts?|period)\b|"\$"/i, "compensation"],
  [/\btitle\b/i, "title"],
  [/\bdepartment\b/i, "department"],
  [/\blocations?\b/i, "locations"],
  [/\bworkplace\b/i, "workplaceType"],
  [/\bemployment\b/i, "employmentType"],
  [/\bsummary\b/i, "summary"],
  [/\bresponsibilit/i, "responsibilities"],
  [/\bqualification/i, "qualifications"],
  [/\bskills?\b/i, "skills"],
];

export function warningField(warning: string): WarningField {
  // Pay warnings often mention locations ("currency assumed USD from US locations"): pay rules first.
  for (const [pattern, field] of rules) if (pattern.test(warning)) return field;
  return "general";
}

export function warningsByField(warnings: readonly string[]): Partial<Record<WarningField, string[]>> {
  const grouped: Partial<Record<WarningField, string[]>> = {};
  for (const warning of warnings) (grouped[warningField(warning)] ??= []).push(warning);
  return grouped;
}
