import { z } from "zod";

/** What the audit log page filters on; every field optional, all from the URL. */
export interface AuditLogFilter {
  /** Part of the acting user's name or email, case-insensitive. */
  actor: string | null;
  /** An action or the start of one ("candidate." lists every candidate action). */
  action: string | null;
  targetId: string | null;
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Keyset cursor: the last entry of the previous page. */
  before: AuditCursor | null;
}

export interface AuditCursor {
  /** The entry's created_at in UTC to the microsecond, as PostgreSQL prints it. */
  at: string;
  id: string;
}

export const emptyAuditLogFilter: AuditLogFilter = { actor: null, action: null, targetId: null, from: null, to: null, before: null };

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "That is not a date.");
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v === undefined ? null : typeof v === "string" ? v.trim() : v), schema.nullable());
const CURSOR = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)_([0-9a-f-]{36})$/i;

export const auditLogFilterSchema = z
  .strictObject({
    actor: optional(z.string().max(200, "Use at most 200 characters.")),
    action: optional(z.string().max(100, "Use at most 100 characters.").regex(/^[a-z_.]+$/i, "Actions look like candidate.erase.")),
    target: optional(z.uuid("A target is an id like 3f2b…-…; copy it from an entry.")),
    from: optional(day),
    to: optional(day),
    before: optional(z.string().regex(CURSOR, "That page link is broken; start again from the newest entries.")),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The From date must not be after the To date.", path: ["to"] });

export type AuditLogFilterResult = { ok: true; filter: AuditLogFilter } | { ok: false; error: string; filter: AuditLogFilter };

/** URL search params → a filter; on bad input, the error and an empty filter (the form still shows what was typed). */
export function parseAuditLogFilter(params: Record<string, string | string[] | undefined>): AuditLogFilterResult {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = auditLogFilterSchema.safeParse({
    actor: first(params.actor),
    action: first(params.action),
    target: first(params.target),
    from: first(params.from),
    to: first(params.to),
    before: first(params.before),
  });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Check the filter.", filter: emptyAuditLogFilter };
  const match = parsed.data.before ? CURSOR.exec(parsed.data.before) : null;
  return {
    ok: true,
    filter: {
      actor: parsed.data.actor,
      action: parsed.data.action?.toLowerCase() ?? null,
      targetId: parsed.data.target?.toLowerCase() ?? null,
      from: parsed.data.from,
      to: parsed.data.to,
      before: match ? { at: match[1]!, id: match[2]!.toLowerCase() } : null,
    },
  };
}

export const formatAuditCursor = (cursor: AuditCursor) => `${cursor.at}_${cursor.id}`;

/** The URL of a filtered page (the cursor optional), for the "Older entries" link. */
export function auditLogHref(filter: AuditLogFilter, before: AuditCursor | null): string {
  const params = new URLSearchParams();
  if (filter.actor) params.set("actor", filter.actor);
  if (filter.action) params.set("action", filter.action);
  if (filter.targetId) params.set("target", filter.targetId);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (before) params.set("before", formatAuditCursor(before));
  const query = params.toString();
  return query ? `/dashboard/audit?${query}` : "/dashboard/audit";
}
