import { z } from "zod";

export const DEFAULT_RETENTION_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/** RETENTION_DAYS from the environment: whole days, at least 30 so a typo cannot wipe last month's applicants. */
export const retentionDaysSchema = z.coerce.number().int().min(30).max(3650).default(DEFAULT_RETENTION_DAYS);

export function retentionDaysFrom(env: Record<string, string | undefined>): number {
  const raw = env.RETENTION_DAYS;
  const parsed = retentionDaysSchema.safeParse(raw === undefined || raw.trim() === "" ? undefined : raw);
  if (!parsed.success) throw new Error("RETENTION_DAYS must be a whole number of days between 30 and 3650.");
  return parsed.data;
}

/** What the retention rule needs to know about one candidate. */
export interface RetentionFacts {
  /** Every application ended: rejected, or withdrawn (withdrawals move to the rejected stage). */
  allApplicationsClosed: boolean;
  applicationCount: number;
  /** The latest application change, stage move or note. */
  lastActivityAt: Date;
  legalHold: boolean;
  erasedAt: Date | null;
}

export type RetentionDecision = "anonymise" | "keep" | "held";

/**
 * A rejected or withdrawn candidate is anonymised once nothing has happened on any of their
 * applications for policyDays; a legal hold exempts them ("held", counted by the run); someone hired
 * or still in process is kept, whatever their age.
 */
export function retentionDecision(facts: RetentionFacts, policyDays: number, now: Date): RetentionDecision {
  if (facts.erasedAt !== null || facts.applicationCount === 0 || !facts.allApplicationsClosed) return "keep";
  if (now.getTime() - facts.lastActivityAt.getTime() < policyDays * DAY_MS) return "keep";
  return facts.legalHold ? "held" : "anonymise";
}

/** The instant before which activity counts as old enough. */
export function retentionCutoff(policyDays: number, now: Date): Date {
  return new Date(now.getTime() - policyDays * DAY_MS);
}
