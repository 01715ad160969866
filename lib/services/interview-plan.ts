import "server-only";
import { and, eq, isNull, max } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { interviewPlanItems, requisitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { uncoveredRequiredQualifications } from "@/lib/domain/interview-plan-coverage";
import { planInterviewFieldsSchema, type PlanInterviewFieldsInput } from "@/lib/domain/interview-plan-rules";
import type { FocusAttribute, PlanQualification } from "@/lib/domain/interview-plan-types";
import { canEditRequisition } from "@/lib/domain/permissions";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";
import { insertDefaultInterviewPlan } from "./interview-plan-defaults";
import { asFocusAttributes, loadOpenQualifications, loadPlanInterviews, loadPlanStages, writeFocusAttributes, type PlanInterviewView } from "./interview-plan-rows";
import { loadRequisitionAccess } from "./requisition-access";

// The plan shapes what each interviewer rates, so it belongs to whoever may edit the requisition:
// admins, recruiters and the requisition's hiring managers. Everyone else gets not-found.
async function loadEditableRequisition(db: Executor, actor: Actor, requisitionId: string) {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(requisitionId).success) throw new NotFoundError("That requisition");
  const [row] = await db.select({ id: requisitions.id, title: requisitions.title }).from(requisitions).where(eq(requisitions.id, requisitionId)).limit(1);
  if (!row || !canEditRequisition(actor, await loadRequisitionAccess(db, actor, row.id))) throw new NotFoundError("That requisition");
  return row;
}

// Locks the requisition row so concurrent plan edits (positions, generation) run one after another.
async function lockEditableRequisition(tx: Executor, actor: Actor, requisitionId: string) {
  const row = await loadEditableRequisition(tx, actor, requisitionId);
  await tx.select({ id: requisitions.id }).from(requisitions).where(eq(requisitions.id, row.id)).for("update");
  return row;
}

async function lockEditableItem(tx: Executor, actor: Actor, planItemId: string) {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(planItemId).success) throw new NotFoundError("That interview");
  const [item] = await tx.select().from(interviewPlanItems).where(and(eq(interviewPlanItems.id, planItemId), isNull(interviewPlanItems.archivedAt))).limit(1);
  if (!item) throw new NotFoundError("That interview");
  try {
    await lockEditableRequisition(tx, actor, item.requisitionId);
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError("That interview");
    throw error;
  }
  // Read again under the lock: a concurrent edit may have removed it meanwhile.
  const [current] = await tx.select().from(interviewPlanItems).where(and(eq(interviewPlanItems.id, item.id), isNull(interviewPlanItems.archivedAt))).limit(1);
  if (!current) throw new NotFoundError("That interview");
  return current;
}

export interface InterviewPlan {
  requisition: { id: string; title: string };
  stages: { id: string; name: string; interviews: PlanInterviewView[] }[];
  qualifications: PlanQualification[];
  /** Required qualifications no interview on a stage in use assesses. */
  uncovered: PlanQualification[];
}

/** The interview plan of one requisition, stage by stage, with the coverage warning. */
export async function getInterviewPlan(actor: Actor, requisitionId: string): Promise<InterviewPlan> {
  const db = getDb();
  const requisition = await loadEditableRequisition(db, actor, requisitionId);
  const [planStages, quals, interviews] = await Promise.all([loadPlanStages(db, requisition.id), loadOpenQualifications(db, requisition.id), loadPlanInterviews(db, requisition.id)]);
  const stagesWithInterviews = planStages.map((s) => ({ id: s.id, name: s.name, interviews: interviews.filter((i) => i.stageId === s.id) }));
  const counted = stagesWithInterviews.flatMap((s) => s.interviews).map((i) => ({ focus: asFocusAttributes(i.focus) }));
  return { requisition, stages: stagesWithInterviews, qualifications: quals, uncovered: uncoveredRequiredQualifications(quals, counted) };
}

function parseFields(input: PlanInterviewFieldsInput, message: string) {
  const parsed = planInterviewFieldsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(message, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  return parsed.data;
}

// Focus qualifications must be open qualifications of this requisition; they keep their posting order.
async function focusFrom(tx: Executor, requisitionId: string, fields: { qualificationIds: string[]; customLabels: string[] }, message: string): Promise<FocusAttribute[]> {
  const open = await loadOpenQualifications(tx, requisitionId);
  if (!fields.qualificationIds.every((id) => open.some((q) => q.id === id))) throw new ValidationError(message, { qualificationIds: ["Choose qualifications of this requisition."] });
  return [...open.filter((q) => fields.qualificationIds.includes(q.id)).map((q) => ({ qualificationId: q.id })), ...fields.customLabels.map((customLabel) => ({ customLabel }))];
}

export const addPlanInterviewSchema = z.strictObject({ requisitionId: z.string(), stageId: z.string() });
export type AddPlanInterviewInput = z.input<typeof addPlanInterviewSchema> & PlanInterviewFieldsInput;

/** Adds an interview at the end of a stage's list. */
export async function addPlanInterview(actor: Actor, input: AddPlanInterviewInput) {
  const { requisitionId, stageId, ...rest } = input;
  const message = "The interview could not be added.";
  return getDb().transaction(async (tx) => {
    const requisition = await lockEditableRequisition(tx, actor, requisitionId);
    const fields = parseFields(rest, message);
    const stage = (await loadPlanStages(tx, requisition.id)).find((s) => s.id === stageId);
    if (!stage) throw new ValidationError(message, { stageId: ["Choose an active stage of this requisition."] });
    const focus = await focusFrom(tx, requisition.id, fields, message);
    const [last] = await tx.select({ position: max(interviewPlanItems.position) }).from(interviewPlanItems).where(eq(interviewPlanItems.requisitionId, requisition.id));
    const [item] = await tx
      .insert(interviewPlanItems)
      .values({ requisitionId: requisition.id, stageId: stage.id, name: fields.name, durationMinutes: fields.durationMinutes, instructions: fields.instructions, position: (last?.position ?? -1) + 1 })
      .returning({ id: interviewPlanItems.id });
    if (!item) throw new Error("The plan item insert returned no row.");
    await writeFocusAttributes(tx, item.id, focus);
    await writeAudit(tx, actor, { action: "interview_plan.add", targetType: "requisition", targetId: requisition.id, details: { planItemId: item.id, stageId: stage.id, name: fields.name } });
    return { id: item.id };
  });
}

export type UpdatePlanInterviewInput = { planItemId: string } & PlanInterviewFieldsInput;

/** Saves an interview's name, length, instructions and focus attributes together. */
export async function updatePlanInterview(actor: Actor, input: UpdatePlanInterviewInput) {
  const { planItemId, ...rest } = input;
  const message = "The interview could not be saved.";
  return getDb().transaction(async (tx) => {
    const item = await lockEditableItem(tx, actor, planItemId);
    const fields = parseFields(rest, message);
    const focus = await focusFrom(tx, item.requisitionId, fields, message);
    await tx.update(interviewPlanItems).set({ name: fields.name, durationMinutes: fields.durationMinutes, instructions: fields.instructions }).where(eq(interviewPlanItems.id, item.id));
    await writeFocusAttributes(tx, item.id, focus);
    await writeAudit(tx, actor, {
      action: "interview_plan.update",
      targetType: "requisition",
      targetId: item.requisitionId,
      details: { planItemId: item.id, name: fields.name, durationMinutes: fields.durationMinutes, qualificationIds: fields.qualificationIds, customLabels: fields.customLabels },
    });
    return { id: item.id };
  });
}

/** Removing an interview archives it: interviews already scheduled from it keep their link. */
export async function archivePlanInterview(actor: Actor, input: { planItemId: string }, now = new Date()) {
  return getDb().transaction(async (tx) => {
    const item = await lockEditableItem(tx, actor, input.planItemId);
    await tx.update(interviewPlanItems).set({ archivedAt: now }).where(eq(interviewPlanItems.id, item.id));
    await writeAudit(tx, actor, { action: "interview_plan.archive", targetType: "requisition", targetId: item.requisitionId, details: { planItemId: item.id, name: item.name } });
  });
}

/** Moves an interview one place up or down within its stage. */
export async function movePlanInterview(actor: Actor, input: { planItemId: string; direction: "up" | "down" }) {
  const direction = z.enum(["up", "down"]).parse(input.direction);
  return getDb().transaction(async (tx) => {
    const item = await lockEditableItem(tx, actor, input.planItemId);
    const siblings = (await loadPlanInterviews(tx, item.requisitionId)).filter((i) => i.stageId === item.stageId);
    const index = siblings.findIndex((i) => i.id === item.id);
    const neighbour = siblings[index + (direction === "up" ? -1 : 1)];
    if (!neighbour) throw new ValidationError(direction === "up" ? "That interview is already first in its stage." : "That interview is already last in its stage.");
    // Renumber the stage's list so equal or gappy positions (from older edits) cannot stall a move.
    const order = siblings.map((i) => i.id);
    [order[index], order[index + (direction === "up" ? -1 : 1)]] = [neighbour.id, item.id];
    const base = Math.min(...siblings.map((i) => i.position));
    for (const [offset, id] of order.entries()) await tx.update(interviewPlanItems).set({ position: base + offset }).where(eq(interviewPlanItems.id, id));
    await writeAudit(tx, actor, { action: "interview_plan.move", targetType: "requisition", targetId: item.requisitionId, details: { planItemId: item.id, direction } });
  });
}

/** The default plan for a requisition whose plan is empty (an older one, or one whose interviews were all removed). */
export async function generateDefaultInterviewPlan(actor: Actor, input: { requisitionId: string }) {
  return getDb().transaction(async (tx) => {
    const requisition = await lockEditableRequisition(tx, actor, input.requisitionId);
    if ((await loadPlanInterviews(tx, requisition.id)).length > 0) throw new ValidationError("This requisition already has an interview plan.");
    return { interviews: await insertDefaultInterviewPlan(tx, actor, requisition.id) };
  });
}
