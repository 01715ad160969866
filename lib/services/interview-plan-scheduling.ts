import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { interviewPlanItems } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canScheduleInterviews } from "@/lib/domain/permissions";
import { ValidationError } from "./errors";
import { loadApplicationForInterviews } from "./interviews-access";
import { loadOpenQualifications, loadPlanInterviews, loadPlanStages } from "./interview-plan-rows";

export interface SchedulablePlanInterview {
  id: string;
  name: string;
  stageName: string;
  durationMinutes: number;
}

/** The plan's interviews to offer in the schedule form; empty for anyone who may not schedule. */
export async function listSchedulablePlanInterviews(actor: Actor, applicationId: string): Promise<SchedulablePlanInterview[]> {
  const db = getDb();
  const { row, access } = await loadApplicationForInterviews(db, actor, applicationId);
  if (!canScheduleInterviews(actor, access)) return [];
  const [planStages, interviews] = await Promise.all([loadPlanStages(db, row.requisitionId), loadPlanInterviews(db, row.requisitionId)]);
  return planStages.flatMap((stage) => interviews.filter((i) => i.stageId === stage.id).map((i) => ({ id: i.id, name: i.name, stageName: stage.name, durationMinutes: i.durationMinutes })));
}

/**
 * What an interview scheduled from a plan item is rated on: its focus attributes, with each
 * qualification's text as it reads today (the copy is what keeps a scorecard's meaning later).
 * Qualifications archived since the plan was made drop out. Refuses an item of another requisition.
 */
export async function planItemAttributes(tx: Executor, requisitionId: string, planItemId: string): Promise<{ qualificationId: string | null; label: string }[]> {
  const [item] = await tx
    .select({ id: interviewPlanItems.id })
    .from(interviewPlanItems)
    .where(and(eq(interviewPlanItems.id, planItemId), eq(interviewPlanItems.requisitionId, requisitionId), isNull(interviewPlanItems.archivedAt)))
    .limit(1);
  if (!item) throw new ValidationError("The interview could not be scheduled.", { planItemId: ["Choose an interview from this requisition's plan."] });
  const [open, interviews] = await Promise.all([loadOpenQualifications(tx, requisitionId), loadPlanInterviews(tx, requisitionId)]);
  const focus = interviews.find((i) => i.id === item.id)?.focus ?? [];
  return focus.flatMap((f): { qualificationId: string | null; label: string }[] => {
    if (f.customLabel !== null) return [{ qualificationId: null, label: f.customLabel }];
    const qualification = open.find((q) => q.id === f.qualificationId);
    return qualification ? [{ qualificationId: qualification.id, label: qualification.text }] : [];
  });
}
