import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, offers, requisitions, stages, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { availableOfferSteps, canApproveOffers, type OfferStep } from "@/lib/domain/offer-rules";
import { liveOfferStatuses, type OfferStatus } from "@/lib/domain/offer-types";
import type { Compensation } from "@/lib/domain/posting/posting-types";
import type { CloseReason, RequisitionStatus } from "@/lib/domain/requisition-types";
import { loadOfferApplication } from "./offers-access";

export interface OfferHistoryEntry {
  id: string;
  action: string;
  at: Date;
  actorName: string | null;
}

export interface OfferView {
  id: string;
  status: OfferStatus;
  salary: number;
  currency: string;
  payPeriod: Compensation["period"];
  startDate: string;
  notes: string;
  outsideRange: boolean;
  exceptionReason: string | null;
  version: number;
  /** What this actor may do next. */
  steps: OfferStep[];
  history: OfferHistoryEntry[];
}

export interface ApplicationOffers {
  applicationId: string;
  payRange: Compensation | null;
  requisition: { id: string; status: RequisitionStatus; closeReason: CloseReason | null };
  canApprove: boolean;
  /** No live offer, the candidate still in the process, the requisition not closed. */
  canDraft: boolean;
  /** Newest first. */
  offers: OfferView[];
}

/** The offers of one application with their audit history: the hiring team and admins only. */
export async function getApplicationOffers(actor: Actor, applicationId: string): Promise<ApplicationOffers> {
  const db = getDb();
  const { application, access } = await loadOfferApplication(db, actor, applicationId);
  const [[requisition], [stage], rows] = await Promise.all([
    db.select().from(requisitions).where(eq(requisitions.id, application.requisitionId)),
    db.select({ kind: stages.kind }).from(stages).where(eq(stages.id, application.stageId)),
    db.select().from(offers).where(eq(offers.applicationId, application.id)).orderBy(desc(offers.createdAt)),
  ]);
  if (!requisition || !stage) throw new Error(`application ${application.id} lost its requisition or stage`);
  const ids = rows.map((r) => r.id);
  const events = ids.length
    ? await db
        .select({ id: auditLog.id, targetId: auditLog.targetId, action: auditLog.action, at: auditLog.createdAt, actorName: users.name })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(and(eq(auditLog.targetType, "offer"), inArray(auditLog.targetId, ids)))
        .orderBy(asc(auditLog.createdAt))
    : [];
  const live = rows.some((r) => (liveOfferStatuses as readonly string[]).includes(r.status));
  const payRange =
    requisition.payMin !== null && requisition.payMax !== null && requisition.payCurrency && requisition.payPeriod
      ? { min: requisition.payMin, max: requisition.payMax, currency: requisition.payCurrency, period: requisition.payPeriod }
      : null;
  return {
    applicationId: application.id,
    payRange,
    requisition: { id: requisition.id, status: requisition.status, closeReason: requisition.closeReason },
    canApprove: canApproveOffers(actor),
    canDraft: !live && stage.kind === "active" && !application.withdrawnAt && requisition.status !== "closed",
    offers: rows.map((row) => ({
      id: row.id,
      status: row.status,
      salary: row.salary,
      currency: row.currency,
      payPeriod: row.payPeriod,
      startDate: row.startDate,
      notes: row.notes,
      outsideRange: row.outsideRange,
      exceptionReason: row.exceptionReason,
      version: row.version,
      steps: availableOfferSteps(actor, access, row.status),
      history: events.filter((e) => e.targetId === row.id).map(({ id, action, at, actorName }) => ({ id, action, at, actorName })),
    })),
  };
}
