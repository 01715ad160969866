import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { applications, candidates, requisitions, stages } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canHandleOffers } from "@/lib/domain/offer-rules";
import type { CloseReason, RequisitionStatus } from "@/lib/domain/requisition-types";
import { NotFoundError } from "./errors";
import { loadRequisitionAccess } from "./requisition-access";

export interface RemainingCandidate {
  applicationId: string;
  version: number;
  name: string;
  stageName: string;
}

export interface RemainingCandidates {
  requisition: { id: string; title: string; status: RequisitionStatus; closeReason: CloseReason | null; headcount: number };
  candidates: RemainingCandidate[];
}

/**
 * The candidates still active on a requisition (in an active stage, not withdrawn), for the hiring
 * manager to close out with a reason once the requisition is filled. Rejecting them goes through
 * the ordinary rejection flow; this only lists them.
 */
export async function listRemainingCandidates(actor: Actor, requisitionId: string): Promise<RemainingCandidates> {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(requisitionId).success) throw new NotFoundError("That requisition");
  const db = getDb();
  const [requisition] = await db.select().from(requisitions).where(eq(requisitions.id, requisitionId)).limit(1);
  if (!requisition) throw new NotFoundError("That requisition");
  if (!canHandleOffers(actor, await loadRequisitionAccess(db, actor, requisition.id))) throw new NotFoundError("That requisition");
  const rows = await db
    .select({ applicationId: applications.id, version: applications.version, firstName: candidates.firstName, lastName: candidates.lastName, stageName: stages.name })
    .from(applications)
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.requisitionId, requisition.id), eq(stages.kind, "active"), isNull(applications.withdrawnAt)))
    .orderBy(asc(stages.position), asc(candidates.lastName), asc(candidates.firstName));
  return {
    requisition: { id: requisition.id, title: requisition.title, status: requisition.status, closeReason: requisition.closeReason, headcount: requisition.headcount },
    candidates: rows.map((r) => ({ applicationId: r.applicationId, version: r.version, name: `${r.firstName} ${r.lastName}`, stageName: r.stageName })),
  };
}
