/**
 * Turns a send failure into something safe to store and log. SMTP replies often quote the
 * recipient ("550 5.1.1 <ada@example.org>: Recipient address rejected"), so addresses are
 * masked; logs get only the short code.
 */
export interface DeliveryErrorSummary {
  /** A short machine code ("ECONNECTION", "EENVELOPE", "Error"): safe for logs. */
  code: string;
  /** Code, SMTP status and the masked message, at most MAX_DETAIL_LENGTH characters: for lastError. */
  detail: string;
}

const MAX_DETAIL_LENGTH = 500;
const EMAIL_PATTERN = /[^\s<>()"',;:]+@[^\s<>()"',;:]+/g;
const CODE_PATTERN = /^[A-Za-z0-9_.-]{1,40}$/;

export function summarizeDeliveryError(error: unknown): DeliveryErrorSummary {
  const fields = typeof error === "object" && error !== null ? (error as Record<string, unknown>) : {};
  const rawCode = typeof fields.code === "string" ? fields.code : error instanceof Error ? error.name : "UNKNOWN";
  const code = CODE_PATTERN.test(rawCode) ? rawCode : "UNKNOWN";
  const status = typeof fields.responseCode === "number" ? ` ${fields.responseCode}` : "";
  const message = error instanceof Error ? error.message : String(error);
  const masked = message
    .replace(EMAIL_PATTERN, "[address]")
    // One line in the mailbox table; SMTP replies can span several.
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .trim();
  const detail = `${code}${status}: ${masked}`;
  return { code, detail: detail.length > MAX_DETAIL_LENGTH ? `${detail.slice(0, MAX_DETAIL_LENGTH - 1)}…` : detail };
}
