import "server-only";
import { type AnyColumn, and, asc, eq, isNotNull, isNull, lt, notExists, type SQL, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { applications, candidates, stageEvents, stages } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canViewApplications } from "@/lib/domain/permissions";
import { readBoardStages } from "./board-stages";
import { getDashboardRequisition } from "./requisitions";

/** Days an application may wait in the first stage with nobody acting on it. */
export const NEVER_ANSWERED_DAYS = 7;

export interface AttentionItem {
  applicationId: string;
  candidateName: string;
  stageName: string;
  enteredAt: Date;
  why: "over-target" | "never-answered";
  targetDays: number | null;
}

export interface NeedsAttention {
  /** At most the limit asked for: never answered first, then over target. */
  items: AttentionItem[];
  /** Whether more applications need attention than `items` holds. */
  more: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Applications that need someone: idle in a stage longer than its target, or still where they
 * landed on applying with no move at all after NEVER_ANSWERED_DAYS. Active stages only; withdrawn
 * applications are done. Up to `limit` of them, and whether there are more: a big requisition can
 * have thousands waiting, and counting them all would cost every board view a scan.
 */
export async function getNeedsAttention(actor: Actor, requisitionId: string, now = new Date(), limit = 50): Promise<NeedsAttention> {
  const { access } = await getDashboardRequisition(actor, requisitionId);
  if (!canViewApplications(actor, access)) return { items: [], more: false };
  const db = getDb();
  const [first] = await readBoardStages(requisitionId);
  const base = and(eq(applications.requisitionId, requisitionId), isNull(applications.withdrawnAt), eq(stages.kind, "active"));
  // Both lists in one query (a round trip costs more than either list): never answered first,
  // oldest application first; then over target, longest in stage first.
  const list = (rank: number, orderKey: AnyColumn, condition: SQL | undefined) =>
    db
      .select({
        applicationId: applications.id,
        firstName: candidates.firstName,
        lastName: candidates.lastName,
        stageName: stages.name,
        enteredAt: applications.stageEnteredAt,
        targetDays: stages.targetDays,
        rank: sql<number>`${rank}::int`.as("rank"),
        orderKey: sql<Date>`${orderKey}`.as("order_key"),
      })
      .from(applications)
      .innerJoin(stages, eq(stages.id, applications.stageId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(and(base, condition))
      .orderBy(asc(orderKey))
      // One more than asked: if either list has it, there are more than `limit` in all.
      .limit(limit + 1);
  const neverAnswered = and(
    first ? eq(applications.stageId, first.id) : sql`false`,
    lt(applications.createdAt, new Date(now.getTime() - NEVER_ANSWERED_DAYS * DAY_MS)),
    notExists(db.select({ one: sql`1` }).from(stageEvents).where(and(eq(stageEvents.applicationId, applications.id), isNotNull(stageEvents.fromStageId)))),
  );
  const overTarget = and(isNotNull(stages.targetDays), sql`${applications.stageEnteredAt} < ${now.toISOString()}::timestamptz - make_interval(days => ${stages.targetDays})`);
  const rows = await unionAll(list(1, applications.createdAt, neverAnswered), list(2, applications.stageEnteredAt, overTarget)).orderBy(sql`rank`, sql`order_key`);
  const seen = new Set<string>();
  const items: AttentionItem[] = [];
  for (const row of rows) {
    if (seen.has(row.applicationId)) continue;
    seen.add(row.applicationId);
    const why = row.rank === 1 ? "never-answered" : "over-target";
    items.push({ applicationId: row.applicationId, candidateName: `${row.firstName} ${row.lastName}`, stageName: row.stageName, enteredAt: row.enteredAt, why, targetDays: row.targetDays });
  }
  return { items: items.slice(0, limit), more: items.length > limit };
}
