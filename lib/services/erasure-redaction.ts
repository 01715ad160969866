import "server-only";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

export const REDACTED = "[erased]";

const escapeRegex = (text: string) => text.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");

/**
 * A case-insensitive PostgreSQL regular expression matching any of the terms (an email, a full name).
 * In text, any run of spaces inside a term matches any whitespace, so a line break in a note still
 * counts. In "json" form the terms are matched as they appear inside a JSON string (quotes and
 * backslashes escaped); an escaped form only ever occurs inside a string, so replacing it keeps the
 * JSON valid.
 */
export function redactionPattern(terms: readonly string[], form: "text" | "json" = "text"): string {
  return terms
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((t) => (form === "json" ? escapeRegex(JSON.stringify(t).slice(1, -1)) : t.split(/\s+/).map(escapeRegex).join("\\s+")))
    .join("|");
}

/** The column with every match replaced (null stays null). */
export function redactText(column: SQLWrapper, pattern: string): SQL<string> {
  return sql<string>`regexp_replace(${column}, ${pattern}, ${REDACTED}, 'gi')`;
}

/** The same for a jsonb value, through its text form; pattern from redactionPattern(terms, "json"). */
export function redactJson(column: SQLWrapper, jsonPattern: string): SQL {
  return sql`regexp_replace(${column}::text, ${jsonPattern}, ${REDACTED}, 'gi')::jsonb`;
}

const FREE_TEXT_KEY = /takeaway|note|comment|reason|summary/i;

/**
 * A JSON value with the free text (a scorecard's takeaways and notes) emptied at any depth. The keys
 * stay, with "", so whatever reads the value still finds the shape it expects.
 */
export function stripFreeText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripFreeText);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, FREE_TEXT_KEY.test(key) && typeof v === "string" ? "" : stripFreeText(v)]));
  }
  return value;
}
