import "server-only";
import { and, asc, eq, isNull, max } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requisitionQuestions, requisitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { questionKinds } from "@/lib/domain/application-types";
import { canManageRequisitionSetup } from "@/lib/domain/permissions";
import { forgetApplicationForms } from "./application-form";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";

export const newQuestionSchema = z
  .strictObject({
    label: z.string().trim().min(1, "Write the question.").max(300, "Keep the question under 300 characters."),
    kind: z.enum(questionKinds),
    required: z.boolean(),
    options: z.array(z.string().trim().min(1).max(100)).max(20, "At most 20 options."),
    knockoutAnswers: z.array(z.string().trim().min(1).max(100)).max(20),
  })
  .superRefine((q, ctx) => {
    if (q.kind === "single_choice" && q.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "Give at least two options, one per line." });
    const allowed = q.kind === "yes_no" ? ["Yes", "No"] : q.kind === "single_choice" ? q.options : [];
    // Free-text answers cannot be matched reliably, so only choices can be knockouts.
    if (q.knockoutAnswers.some((a) => !allowed.includes(a))) ctx.addIssue({ code: "custom", path: ["knockoutAnswers"], message: "Knockouts must be among the question's options." });
  });
export type NewQuestion = z.input<typeof newQuestionSchema>;

async function managed(actor: Actor, requisitionId: string) {
  if (!canManageRequisitionSetup(actor) || !z.uuid().safeParse(requisitionId).success) throw new NotFoundError("That requisition");
  const [row] = await getDb().select({ id: requisitions.id }).from(requisitions).where(eq(requisitions.id, requisitionId)).limit(1);
  if (!row) throw new NotFoundError("That requisition");
  return row;
}

export async function listRequisitionQuestions(actor: Actor, requisitionId: string) {
  const requisition = await managed(actor, requisitionId);
  return getDb()
    .select({ id: requisitionQuestions.id, label: requisitionQuestions.label, kind: requisitionQuestions.kind, required: requisitionQuestions.required, options: requisitionQuestions.options, knockoutAnswers: requisitionQuestions.knockoutAnswers })
    .from(requisitionQuestions)
    .where(and(eq(requisitionQuestions.requisitionId, requisition.id), isNull(requisitionQuestions.archivedAt)))
    .orderBy(asc(requisitionQuestions.position));
}

export async function addRequisitionQuestion(actor: Actor, requisitionId: string, input: NewQuestion) {
  const requisition = await managed(actor, requisitionId);
  const parsed = newQuestionSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The question could not be added.", z.flattenError(parsed.error).fieldErrors);
  await getDb().transaction(async (tx) => {
    const [last] = await tx.select({ position: max(requisitionQuestions.position) }).from(requisitionQuestions).where(eq(requisitionQuestions.requisitionId, requisition.id));
    const [row] = await tx
      .insert(requisitionQuestions)
      .values({ ...parsed.data, options: parsed.data.kind === "single_choice" ? parsed.data.options : [], requisitionId: requisition.id, position: (last?.position ?? -1) + 1 })
      .returning({ id: requisitionQuestions.id });
    await writeAudit(tx, actor, { action: "question.add", targetType: "requisition", targetId: requisition.id, details: { questionId: row?.id } });
  });
  await forgetApplicationForms();
}

/** Removing a question archives it: applications that answered it keep the answer and its wording. */
export async function removeRequisitionQuestion(actor: Actor, requisitionId: string, questionId: string, now = new Date()) {
  const requisition = await managed(actor, requisitionId);
  if (!z.uuid().safeParse(questionId).success) throw new NotFoundError("That question");
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(requisitionQuestions)
      .set({ archivedAt: now })
      .where(and(eq(requisitionQuestions.id, questionId), eq(requisitionQuestions.requisitionId, requisition.id), isNull(requisitionQuestions.archivedAt)))
      .returning({ id: requisitionQuestions.id });
    if (!row) throw new NotFoundError("That question");
    await writeAudit(tx, actor, { action: "question.remove", targetType: "requisition", targetId: requisition.id, details: { questionId } });
  });
  await forgetApplicationForms();
}
