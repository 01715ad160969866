import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { qualifications, requisitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canChangeRequisitionStatus, canEditRequisition, canViewRequisitionInDashboard } from "@/lib/domain/permissions";
import type { RequisitionDraft } from "@/lib/domain/requisition-draft";
import type { CloseReason, RequisitionStatus } from "@/lib/domain/requisition-types";
import { forgetApplicationForms } from "./application-form";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";
import { loadRequisitionAccess } from "./requisition-access";
import { parseDraft, positioned, requisitionColumns } from "./requisition-draft-rows";
import { changeStatusInTransaction } from "./requisition-status-change";
import { statusChangeSchema, type RequisitionDraftInput } from "./requisition-schema";

async function loadEditable(actor: Actor, requisitionId: string) {
  if (!z.uuid().safeParse(requisitionId).success) throw new NotFoundError("That requisition");
  const db = getDb();
  const [row] = await db.select().from(requisitions).where(eq(requisitions.id, requisitionId)).limit(1);
  if (!row) throw new NotFoundError("That requisition");
  const access = await loadRequisitionAccess(db, actor, row.id);
  if (!canViewRequisitionInDashboard(actor, access) || !canEditRequisition(actor, access)) throw new NotFoundError("That requisition");
  return row;
}

export interface EditableRequisition {
  id: string;
  slug: string;
  status: RequisitionStatus;
  draft: RequisitionDraft;
  canChangeStatus: boolean;
}

/** The requisition as the review screen edits it: current (not archived) qualifications, with ids. */
export async function getRequisitionForEditing(actor: Actor, requisitionId: string): Promise<EditableRequisition> {
  const row = await loadEditable(actor, requisitionId);
  const quals = await getDb()
    .select()
    .from(qualifications)
    .where(and(eq(qualifications.requisitionId, row.id), isNull(qualifications.archivedAt)))
    .orderBy(asc(qualifications.kind), asc(qualifications.position));
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    canChangeStatus: canChangeRequisitionStatus(actor),
    draft: {
      title: row.title,
      department: row.department,
      locations: row.locations,
      workplaceType: row.workplaceType,
      employmentType: row.employmentType,
      compensation:
        row.payMin !== null && row.payMax !== null && row.payCurrency && row.payPeriod
          ? { min: row.payMin, max: row.payMax, currency: row.payCurrency, period: row.payPeriod }
          : null,
      summary: row.summary,
      responsibilities: row.responsibilities,
      qualifications: quals.map((q) => ({ id: q.id, kind: q.kind, text: q.text })),
      benefits: row.benefits,
      skills: row.skills,
      headcount: row.headcount,
    },
  };
}

/**
 * Saves the review screen. Qualifications keep their ids through edits and moves; one removed from
 * the screen is archived, not deleted, so applications that answered it keep their answers.
 */
export async function updateRequisition(actor: Actor, requisitionId: string, input: RequisitionDraftInput, now = new Date()) {
  const row = await loadEditable(actor, requisitionId);
  const draft = parseDraft(input);
  const saved = await getDb().transaction(async (tx) => {
    const current = await tx
      .select({ id: qualifications.id })
      .from(qualifications)
      .where(and(eq(qualifications.requisitionId, row.id), isNull(qualifications.archivedAt)));
    const currentIds = new Set(current.map((q) => q.id));
    const keptIds = new Set<string>();
    for (const q of positioned(draft.qualifications)) {
      if (q.id) {
        // An id from the form that is not one of this requisition's live qualifications is tampering or a stale page.
        if (!currentIds.has(q.id) || keptIds.has(q.id)) {
          throw new ValidationError("This page is out of date: reload it and make your changes again.", { form: ["Stale qualification."] });
        }
        keptIds.add(q.id);
        await tx.update(qualifications).set({ kind: q.kind, position: q.position, text: q.text }).where(eq(qualifications.id, q.id));
      } else {
        await tx.insert(qualifications).values({ requisitionId: row.id, kind: q.kind, position: q.position, text: q.text });
      }
    }
    for (const id of currentIds) {
      if (!keptIds.has(id)) await tx.update(qualifications).set({ archivedAt: now }).where(eq(qualifications.id, id));
    }
    await tx.update(requisitions).set({ ...requisitionColumns(draft), updatedAt: now }).where(eq(requisitions.id, row.id));
    await writeAudit(tx, actor, { action: "requisition.update", targetType: "requisition", targetId: row.id });
    return { id: row.id, slug: row.slug, status: row.status };
  });
  // The public apply form shows the posting's qualifications.
  await forgetApplicationForms();
  return saved;
}

/** Publish, pause, resume, close or reopen; every change is recorded with who and when. */
export async function changeRequisitionStatus(actor: Actor, input: { requisitionId: string; to: RequisitionStatus; closeReason?: CloseReason | null }, now = new Date()) {
  const parsed = statusChangeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("That status change is not possible.", z.flattenError(parsed.error).fieldErrors);
  const { requisitionId, to, closeReason } = parsed.data;
  const row = await loadEditable(actor, requisitionId);
  if (!canChangeRequisitionStatus(actor)) throw new NotFoundError("That requisition");
  return getDb().transaction((tx) => changeStatusInTransaction(tx, actor, { requisitionId: row.id, to, closeReason }, now));
}
