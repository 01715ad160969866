import "server-only";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { applications, offers, requisitions, stages } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { liveOfferStatuses, type OfferStatus } from "@/lib/domain/offer-types";
import { canApproveOffers, checkOfferStep, isWithinPayRange, type OfferStep } from "@/lib/domain/offer-rules";
import type { RequisitionAccess } from "@/lib/domain/permissions";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { draftOfferSchema, offerStepSchema, type DraftOfferInput, type OfferStepInput } from "./offer-schema";
import { loadOffer, loadOfferApplication } from "./offers-access";
import { moveInTransaction } from "./pipeline";
import { changeStatusInTransaction } from "./requisition-status-change";

export interface OfferStepResult {
  offerId: string;
  status: OfferStatus;
  version: number;
  /** True when this acceptance hired the last seat and closed the requisition as filled. */
  requisitionFilled: boolean;
  requisitionId: string;
  requisitionSlug: string;
}

/**
 * The hiring manager, a recruiter or an admin drafts an offer. Outside the requisition's pay range
 * it is still drafted, flagged, and needs an admin's approval with a reason.
 */
export async function draftOffer(actor: Actor, input: DraftOfferInput, now = new Date()) {
  const parsed = draftOfferSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The offer could not be drafted.", z.flattenError(parsed.error).fieldErrors);
  const terms = parsed.data;
  const db = getDb();
  const { application } = await loadOfferApplication(db, actor, terms.applicationId);
  return db.transaction(async (tx) => {
    // Locking the application serialises two drafts for the same candidate.
    const [current] = await tx.select().from(applications).where(eq(applications.id, application.id)).for("update");
    const [requisition] = await tx.select().from(requisitions).where(eq(requisitions.id, application.requisitionId));
    const [stage] = current ? await tx.select().from(stages).where(eq(stages.id, current.stageId)) : [];
    if (!current || !requisition || !stage) throw new NotFoundError("That application");
    if (current.withdrawnAt || stage.kind !== "active") throw new ValidationError("Only a candidate still in the process can get an offer.");
    if (requisition.status === "closed") throw new ValidationError("This requisition is closed: reopen it before making an offer.");
    const [live] = await tx
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.applicationId, current.id), inArray(offers.status, [...liveOfferStatuses])))
      .limit(1);
    if (live) throw new ConflictError("This candidate already has an offer in progress. Reload to see it.");
    const range =
      requisition.payMin !== null && requisition.payMax !== null && requisition.payCurrency && requisition.payPeriod
        ? { min: requisition.payMin, max: requisition.payMax, currency: requisition.payCurrency, period: requisition.payPeriod }
        : null;
    const outsideRange = !isWithinPayRange({ salary: terms.salary, currency: terms.currency, payPeriod: terms.payPeriod }, range);
    const [row] = await tx
      .insert(offers)
      .values({
        applicationId: current.id,
        salary: terms.salary,
        currency: terms.currency,
        payPeriod: terms.payPeriod,
        startDate: terms.startDate,
        notes: terms.notes,
        outsideRange,
        createdByUserId: actor.kind === "user" ? actor.id : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("The offer insert returned no row.");
    await writeAudit(tx, actor, {
      action: "offer.draft",
      targetType: "offer",
      targetId: row.id,
      details: { applicationId: current.id, salary: row.salary, currency: row.currency, payPeriod: row.payPeriod, startDate: row.startDate, outsideRange },
    });
    return { offerId: row.id, status: row.status, version: row.version, outsideRange };
  });
}

/**
 * Approve, extend, accept, decline or withdraw: one step of the offer's life, refused on a stale
 * view. Accepting hires the candidate (the pipeline's own move) and, when that fills the last
 * seat of the requisition, closes it as filled, all in the same transaction.
 */
async function takeOfferStep(actor: Actor, input: OfferStepInput, now: Date): Promise<OfferStepResult> {
  const parsed = offerStepSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("That change could not be made.", z.flattenError(parsed.error).fieldErrors);
  const { offerId, expectedVersion, step, exceptionReason } = parsed.data;
  const db = getDb();
  const { application, access } = await loadOffer(db, actor, offerId);
  if (step === "approve" && !canApproveOffers(actor)) throw new ValidationError("Only an admin can approve an offer.");
  return db.transaction(async (tx) => {
    const [offer] = await tx.select().from(offers).where(eq(offers.id, offerId)).for("update");
    if (!offer) throw new NotFoundError("That offer");
    if (offer.version !== expectedVersion) throw new ConflictError("This offer was changed by someone else. Reload to see the latest.");
    const reason = step === "approve" ? exceptionReason : null;
    const check = checkOfferStep(offer.status, step, { outsideRange: offer.outsideRange, exceptionReason: reason });
    if (!check.ok) throw new ValidationError(check.error, step === "approve" && offer.outsideRange ? { exceptionReason: [check.error] } : {});
    const version = offer.version + 1;
    await tx
      .update(offers)
      .set({
        status: check.to,
        version,
        updatedAt: now,
        ...(step === "approve" ? { approvedByUserId: actor.kind === "user" ? actor.id : null, approvedAt: now, exceptionReason: offer.outsideRange ? reason : null } : {}),
        ...(step === "extend" ? { extendedAt: now } : {}),
        ...(step === "accept" || step === "decline" ? { respondedAt: now } : {}),
      })
      .where(eq(offers.id, offerId));
    await writeAudit(tx, actor, {
      action: `offer.${step}`,
      targetType: "offer",
      targetId: offerId,
      details: { applicationId: offer.applicationId, from: offer.status, to: check.to, ...(step === "approve" && offer.outsideRange ? { exceptionReason: reason } : {}) },
    });
    const requisitionFilled = step === "accept" ? await hireAndMaybeFill(tx, actor, { applicationId: application.id, requisitionId: application.requisitionId, access }, now) : false;
    const [requisition] = await tx.select({ slug: requisitions.slug }).from(requisitions).where(eq(requisitions.id, application.requisitionId));
    return { offerId, status: check.to, version, requisitionFilled, requisitionId: application.requisitionId, requisitionSlug: requisition?.slug ?? "" };
  });
}

/** Moves the candidate to Hired; closes the requisition as filled once its headcount is hired. */
async function hireAndMaybeFill(tx: Executor, actor: Actor, target: { applicationId: string; requisitionId: string; access: RequisitionAccess }, now: Date): Promise<boolean> {
  // Acceptances on one requisition take turns from here: whichever counts last sees the other's
  // committed hire, so two acceptances for the last seats cannot both leave it open.
  const [requisition] = await tx.select().from(requisitions).where(eq(requisitions.id, target.requisitionId)).for("update");
  const [current] = await tx.select().from(applications).where(eq(applications.id, target.applicationId));
  if (!requisition || !current) throw new NotFoundError("That application");
  if (current.withdrawnAt) throw new ValidationError("The candidate withdrew their application, so the offer cannot be accepted.");
  const stageRows = await tx.select().from(stages).where(and(eq(stages.requisitionId, target.requisitionId), isNull(stages.archivedAt)));
  const hired = stageRows.find((s) => s.kind === "hired");
  if (!hired) throw new Error(`requisition ${target.requisitionId} has no hired stage`);
  if (current.stageId !== hired.id) {
    await moveInTransaction(
      tx,
      actor,
      { applicationId: current.id, requisitionId: target.requisitionId, access: target.access, to: hired.id, expectedVersion: current.version, reason: "Offer accepted" },
      now,
    );
  }
  if (requisition.status === "closed") return false;
  const [hiredCount] = await tx
    .select({ n: count() })
    .from(applications)
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(and(eq(applications.requisitionId, target.requisitionId), eq(stages.kind, "hired")));
  if (Number(hiredCount?.n ?? 0) < requisition.headcount) return false;
  await changeStatusInTransaction(tx, actor, { requisitionId: target.requisitionId, to: "closed", closeReason: "filled", auditDetails: { cause: "offer.accept" } }, now);
  return true;
}

type StepInput = Omit<OfferStepInput, "step" | "exceptionReason">;

/** Admins only; an offer outside the pay range needs `exceptionReason`. */
export function approveOffer(actor: Actor, input: StepInput & { exceptionReason?: string }, now = new Date()) {
  return takeOfferStep(actor, { ...input, step: "approve" }, now);
}

export function markOfferExtended(actor: Actor, input: StepInput, now = new Date()) {
  return takeOfferStep(actor, { ...input, step: "extend" }, now);
}

export function recordOfferResponse(actor: Actor, input: StepInput & { response: "accepted" | "declined" }, now = new Date()) {
  const { response, ...rest } = input;
  const step: OfferStep = response === "accepted" ? "accept" : "decline";
  return takeOfferStep(actor, { ...rest, step }, now);
}

export function withdrawOffer(actor: Actor, input: StepInput, now = new Date()) {
  return takeOfferStep(actor, { ...input, step: "withdraw" }, now);
}
