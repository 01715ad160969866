import "server-only";
import { eq, notExists, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { interviewPlanItems, requisitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { defaultInterviewPlan } from "@/lib/domain/interview-plan-default";
import { writeAudit } from "./audit";
import { NotFoundError } from "./errors";
import { loadOpenQualifications, loadPlanStages, writeFocusAttributes } from "./interview-plan-rows";

/**
 * Writes the default plan for a requisition from its stages and open qualifications, in the caller's
 * transaction (requisition creation calls it right after inserting both). The caller authorizes.
 */
export async function insertDefaultInterviewPlan(tx: Executor, actor: Actor, requisitionId: string): Promise<number> {
  const [planStages, quals] = await Promise.all([loadPlanStages(tx, requisitionId), loadOpenQualifications(tx, requisitionId)]);
  const plan = defaultInterviewPlan(planStages, quals);
  for (const [position, interview] of plan.entries()) {
    const [item] = await tx
      .insert(interviewPlanItems)
      .values({ requisitionId, stageId: interview.stageId, name: interview.name, durationMinutes: interview.durationMinutes, instructions: interview.instructions, position })
      .returning({ id: interviewPlanItems.id });
    if (!item) throw new Error("The plan item insert returned no row.");
    await writeFocusAttributes(tx, item.id, interview.focus);
  }
  await writeAudit(tx, actor, { action: "interview_plan.generate", targetType: "requisition", targetId: requisitionId, details: { interviews: plan.length } });
  return plan.length;
}

/**
 * Gives every requisition that never had a plan (created before plans existed) the default one. A
 * requisition whose team removed every interview keeps its empty plan: only never-planned ones count.
 * For the start-up seed step and scripts, run by the system actor.
 */
export async function backfillInterviewPlans(actor: Actor): Promise<number> {
  if (actor.kind !== "system") throw new NotFoundError();
  const db = getDb();
  const missing = await db
    .select({ id: requisitions.id })
    .from(requisitions)
    .where(notExists(db.select({ one: sql`1` }).from(interviewPlanItems).where(eq(interviewPlanItems.requisitionId, requisitions.id))));
  for (const { id } of missing) {
    await db.transaction(async (tx) => {
      // Another instance starting at the same time may have planned it already.
      await tx.select({ id: requisitions.id }).from(requisitions).where(eq(requisitions.id, id)).for("update");
      const [existing] = await tx.select({ id: interviewPlanItems.id }).from(interviewPlanItems).where(eq(interviewPlanItems.requisitionId, id)).limit(1);
      if (!existing) await insertDefaultInterviewPlan(tx, actor, id);
    });
  }
  return missing.length;
}
