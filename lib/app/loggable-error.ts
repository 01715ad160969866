/**
 * What of an error may go to the application log: its class, code and message, never the fields
 * that can quote data (a PostgreSQL error's `detail`, e.g. `Key (email)=(…)`, its `where`, or a
 * cause chain carrying a query's parameters). Logs are not a place for candidates' PII (issue #7).
 */
export function loggableError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error === "string" ? "non-Error thrown" : `non-Error thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === "string" ? ` [${code}]` : ""}: ${error.message}`;
}
