import "server-only";
import { and, asc, eq, isNotNull, isNull, lt, notExists, sql } from "drizzle-orm";
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

const DAY_MS = 86_400_000;

/**
 * Applications that need someone: idle in a stage longer than its target, or still where they
 * landed on applying with no move at all after NEVER_ANSWERED_DAYS. Active stages only; withdrawn
 * applications are done.
 */
export async function getNeedsAttention(actor: Actor, requisitionId: string, now = new Date(), limit = 50): Promise<AttentionItem[]> {
  const { access } = await getDashboardRequisition(actor, requisitionId);
  if (!canViewApplications(actor, access)) return [];
  const db = getDb();
  const [first] = await readBoardStages(requisitionId);
  const columns = {
    applicationId: applications.id,
    firstName: candidates.firstName,
    lastName: candidates.lastName,
    stageId: stages.id,
    stageName: stages.name,
    enteredAt: applications.stageEnteredAt,
    targetDays: stages.targetDays,
  };
  const base = and(eq(applications.requisitionId, requisitionId), isNull(applications.withdrawnAt), eq(stages.kind, "active"));
  const [overTarget, neverAnswered] = await Promise.all([
    db
      .select(columns)
      .from(applications)
      .innerJoin(stages, eq(stages.id, applications.stageId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(and(base, isNotNull(stages.targetDays), sql`${applications.stageEnteredAt} < ${now.toISOString()}::timestamptz - make_interval(days => ${stages.targetDays})`))
      .orderBy(asc(applications.stageEnteredAt))
      .limit(limit),
    first
      ? db
          .select(columns)
          .from(applications)
          .innerJoin(stages, eq(stages.id, applications.stageId))
          .innerJoin(candidates, eq(candidates.id, applications.candidateId))
          .where(
            and(
              base,
              eq(applications.stageId, first.id),
              lt(applications.createdAt, new Date(now.getTime() - NEVER_ANSWERED_DAYS * DAY_MS)),
              notExists(db.select({ one: sql`1` }).from(stageEvents).where(and(eq(stageEvents.applicationId, applications.id), isNotNull(stageEvents.fromStageId)))),
            ),
          )
          .orderBy(asc(applications.createdAt))
          .limit(limit)
      : Promise.resolve([]),
  ]);
  const seen = new Set<string>();
  const items: AttentionItem[] = [];
  for (const [rows, why] of [[neverAnswered, "never-answered"], [overTarget, "over-target"]] as const) {
    for (const row of rows) {
      if (seen.has(row.applicationId)) continue;
      seen.add(row.applicationId);
      items.push({ applicationId: row.applicationId, candidateName: `${row.firstName} ${row.lastName}`, stageName: row.stageName, enteredAt: row.enteredAt, why, targetDays: row.targetDays });
    }
  }
  return items.slice(0, limit);
}
