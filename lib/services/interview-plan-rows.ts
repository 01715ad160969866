import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { interviewFocusAttributes, interviewPlanItems, qualifications, stages } from "@/db/schema";
import type { FocusAttribute, PlanQualification, PlanStage } from "@/lib/domain/interview-plan-types";

export interface PlanFocusView {
  qualificationId: string | null;
  customLabel: string | null;
  /** The qualification's current text, or the custom label. */
  label: string;
}

export interface PlanInterviewView {
  id: string;
  stageId: string;
  name: string;
  durationMinutes: number;
  instructions: string;
  position: number;
  focus: PlanFocusView[];
}

/** The stages that can hold interviews: active and not removed, in board order. */
export function loadPlanStages(db: Executor, requisitionId: string): Promise<PlanStage[]> {
  return db
    .select({ id: stages.id, name: stages.name, kind: stages.kind, position: stages.position })
    .from(stages)
    .where(and(eq(stages.requisitionId, requisitionId), isNull(stages.archivedAt), eq(stages.kind, "active")))
    .orderBy(asc(stages.position));
}

/** Open qualifications, required first, each kind in its posting order. */
export function loadOpenQualifications(db: Executor, requisitionId: string): Promise<PlanQualification[]> {
  return db
    .select({ id: qualifications.id, kind: qualifications.kind, text: qualifications.text, position: qualifications.position })
    .from(qualifications)
    .where(and(eq(qualifications.requisitionId, requisitionId), isNull(qualifications.archivedAt)))
    .orderBy(asc(qualifications.kind), asc(qualifications.position));
}

/** The live (not removed) interviews of the plan with their focus attributes, in stage then plan order. */
export async function loadPlanInterviews(db: Executor, requisitionId: string): Promise<PlanInterviewView[]> {
  const items = await db
    .select({ id: interviewPlanItems.id, stageId: interviewPlanItems.stageId, name: interviewPlanItems.name, durationMinutes: interviewPlanItems.durationMinutes, instructions: interviewPlanItems.instructions, position: interviewPlanItems.position })
    .from(interviewPlanItems)
    .where(and(eq(interviewPlanItems.requisitionId, requisitionId), isNull(interviewPlanItems.archivedAt)))
    .orderBy(asc(interviewPlanItems.position), asc(interviewPlanItems.createdAt));
  if (items.length === 0) return [];
  const focus = await db
    .select({ planItemId: interviewFocusAttributes.planItemId, qualificationId: interviewFocusAttributes.qualificationId, customLabel: interviewFocusAttributes.customLabel, text: qualifications.text })
    .from(interviewFocusAttributes)
    .leftJoin(qualifications, eq(qualifications.id, interviewFocusAttributes.qualificationId))
    .where(inArray(interviewFocusAttributes.planItemId, items.map((i) => i.id)))
    .orderBy(asc(interviewFocusAttributes.position));
  return items.map((item) => ({
    ...item,
    focus: focus
      .filter((f) => f.planItemId === item.id)
      .map((f) => ({ qualificationId: f.qualificationId, customLabel: f.customLabel, label: f.customLabel ?? f.text ?? "" })),
  }));
}

/** The domain's view of a stored focus list. */
export function asFocusAttributes(focus: readonly PlanFocusView[]): FocusAttribute[] {
  return focus.map((f) => (f.qualificationId ? { qualificationId: f.qualificationId } : { customLabel: f.customLabel ?? "" }));
}

/** Replaces an interview's focus attributes: qualifications first (in the order given), then custom labels. */
export async function writeFocusAttributes(tx: Executor, planItemId: string, focus: readonly FocusAttribute[]): Promise<void> {
  await tx.delete(interviewFocusAttributes).where(eq(interviewFocusAttributes.planItemId, planItemId));
  if (focus.length === 0) return;
  await tx.insert(interviewFocusAttributes).values(
    focus.map((f, position) => ({ planItemId, position, qualificationId: f.qualificationId ?? null, customLabel: f.qualificationId ? null : (f.customLabel ?? null) })),
  );
}
