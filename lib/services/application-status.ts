import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applicationStatusTokens, applications, candidates, requisitions, stageEvents, stages } from "@/db/schema";
import { anonymousActor } from "@/lib/domain/actor";
import { candidateStatusOf, type CandidateStatus } from "@/lib/domain/candidate-status";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";
import { hashSecretToken, looksLikeSecretToken } from "./secret-tokens";

export const WITHDRAWAL_REASON = "Withdrawn by the candidate";

/** The holder of a status link is the candidate: the token is their only credential. */
async function applicationForToken(token: string) {
  if (!looksLikeSecretToken(token)) throw new NotFoundError("That status page");
  const [row] = await getDb()
    .select({ application: applications, firstName: candidates.firstName, jobTitle: requisitions.title, jobSlug: requisitions.slug })
    .from(applicationStatusTokens)
    .innerJoin(applications, eq(applications.id, applicationStatusTokens.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(requisitions, eq(requisitions.id, applications.requisitionId))
    .where(eq(applicationStatusTokens.tokenHash, hashSecretToken(token)))
    .limit(1);
  if (!row) throw new NotFoundError("That status page");
  return row;
}

export interface ApplicationStatusView {
  firstName: string;
  jobTitle: string;
  jobSlug: string;
  appliedAt: Date;
  status: CandidateStatus;
  canWithdraw: boolean;
}

/** What the candidate's private status page shows: their words, none of the team's internals. */
export async function getApplicationStatus(token: string): Promise<ApplicationStatusView> {
  const { application, firstName, jobTitle, jobSlug } = await applicationForToken(token);
  const stageRows = await getDb().select().from(stages).where(eq(stages.requisitionId, application.requisitionId));
  const current = stageRows.find((s) => s.id === application.stageId);
  if (!current) throw new Error(`application ${application.id} has no stage`);
  const status = candidateStatusOf(current, stageRows, application.withdrawnAt !== null);
  return { firstName, jobTitle, jobSlug, appliedAt: application.createdAt, status, canWithdraw: current.kind === "active" && !application.withdrawnAt };
}

/**
 * The candidate withdraws: the application moves to the rejected stage with the reason
 * "Withdrawn by the candidate", recorded like any other move.
 */
export async function withdrawApplication(token: string, now = new Date()): Promise<void> {
  const { application } = await applicationForToken(token);
  await getDb().transaction(async (tx) => {
    const [current] = await tx.select().from(applications).where(eq(applications.id, application.id)).for("update");
    const [from] = current ? await tx.select().from(stages).where(eq(stages.id, current.stageId)) : [];
    if (!current || !from || from.kind !== "active" || current.withdrawnAt) {
      throw new ValidationError("This application is already closed, so it cannot be withdrawn.");
    }
    const [rejected] = await tx
      .select()
      .from(stages)
      .where(and(eq(stages.requisitionId, current.requisitionId), eq(stages.kind, "rejected"), isNull(stages.archivedAt)))
      .limit(1);
    if (!rejected) throw new Error(`requisition ${current.requisitionId} has no rejected stage`);
    await tx
      .update(applications)
      .set({ stageId: rejected.id, withdrawnAt: now, version: current.version + 1, stageEnteredAt: now, updatedAt: now })
      .where(eq(applications.id, current.id));
    await tx.insert(stageEvents).values({ applicationId: current.id, fromStageId: from.id, toStageId: rejected.id, actorUserId: null, reason: WITHDRAWAL_REASON, createdAt: now });
    await writeAudit(tx, anonymousActor, { action: "application.withdraw", targetType: "application", targetId: current.id, details: { by: "candidate" } });
  });
}
