import "server-only";
import { cache } from "react";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applications, stages } from "@/db/schema";

/**
 * A requisition's current stages in order, with how many applications each holds (withdrawn ones
 * counted apart), read once per request (React cache): the board's columns and the needs-attention
 * list (whose "never answered" means still in the first stage) both need them. The counts are one
 * index-only count per stage, in the same query. Not a service of its own: it checks nobody's
 * access, so only services that have checked it call it (and show the counts only to those who
 * may see applications).
 */
export const readBoardStages = cache(async (requisitionId: string) => {
  const counted = getDb()
    .select({
      active: sql<number>`count(*) filter (where ${applications.withdrawnAt} is null)::int`.as("active"),
      withdrawn: sql<number>`count(*) filter (where ${applications.withdrawnAt} is not null)::int`.as("withdrawn"),
    })
    .from(applications)
    .where(and(eq(applications.requisitionId, requisitionId), eq(applications.stageId, stages.id)))
    .as("counted");
  return getDb()
    .select({ id: stages.id, name: stages.name, kind: stages.kind, targetDays: stages.targetDays, count: counted.active, withdrawn: counted.withdrawn })
    .from(stages)
    .innerJoinLateral(counted, sql`true`)
    .where(and(eq(stages.requisitionId, requisitionId), isNull(stages.archivedAt)))
    .orderBy(asc(stages.position));
});
