import { z } from "zod";

/** Which applications a report counts: one requisition or all the actor may see, applied between two days. */
export interface ReportFilter {
  requisitionId: string | null;
  /** Inclusive UTC days, YYYY-MM-DD; null leaves that end open. */
  from: string | null;
  to: string | null;
}

export const reportTables = ["funnel", "time-in-stage", "time-to-hire", "sources", "rejection-reasons"] as const;
export type ReportTable = (typeof reportTables)[number];

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "That is not a date.");
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === undefined ? null : v), schema.nullable());

export const reportFilterSchema = z
  .strictObject({
    requisition: optional(z.uuid("Choose a requisition from the list.")),
    from: optional(day),
    to: optional(day),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The start date must not be after the end date.", path: ["to"] });

export type ReportFilterResult = { ok: true; filter: ReportFilter } | { ok: false; error: string };

/** URL search params → a filter; a repeated parameter counts by its first value. */
export function parseReportFilter(params: Record<string, string | string[] | undefined>): ReportFilterResult {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = reportFilterSchema.safeParse({ requisition: first(params.requisition), from: first(params.from), to: first(params.to) });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Check the filter." };
  return { ok: true, filter: { requisitionId: parsed.data.requisition, from: parsed.data.from, to: parsed.data.to } };
}

/** The filter's days as a half-open range of instants: [from 00:00 UTC, the day after to 00:00 UTC). */
export function cohortBounds(filter: ReportFilter): { start: string; end: string } {
  const start = filter.from ? `${filter.from}T00:00:00.000Z` : "-infinity";
  if (!filter.to) return { start, end: "infinity" };
  const end = new Date(`${filter.to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { start, end: end.toISOString() };
}
