/** Placeholders a bulk email may use; filled per candidate, so one message reads personal to each. */
export const emailPlaceholders = ["firstName", "jobTitle"] as const;
export type EmailPlaceholder = (typeof emailPlaceholders)[number];

/**
 * Replaces {firstName} and {jobTitle}; any other brace text stays as typed. Values are inserted as
 * plain text (the emails are text/plain), so candidate-typed names cannot inject anything.
 */
export function fillEmailTemplate(template: string, values: Record<EmailPlaceholder, string>): string {
  return template.replace(/\{(firstName|jobTitle)\}/g, (_match, key: EmailPlaceholder) => values[key]);
}
