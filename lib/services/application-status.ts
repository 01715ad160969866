import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applicationStatusTokens, applications, candidates, offers, requisitions, scheduledInterviews, stageEvents, stages } from "@/db/schema";
import { anonymousActor } from "@/lib/domain/actor";
import { candidateStatusOf, type CandidateStatus } from "@/lib/domain/candidate-status";
import { describeZonedSpan } from "@/lib/domain/zoned-time-text";
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
  /** Scheduled (not cancelled) interviews, as text in each interview's own time zone. */
  interviews: { id: string; title: string; startsAt: Date; when: string }[];
}

/** What the candidate's private status page shows: their words, none of the team's internals. */
export async function getApplicationStatus(token: string): Promise<ApplicationStatusView> {
  const { application, firstName, jobTitle, jobSlug } = await applicationForToken(token);
  const db = getDb();
  const [stageRows, interviewRows, [latestOffer]] = await Promise.all([
    db.select().from(stages).where(eq(stages.requisitionId, application.requisitionId)),
    db
      .select({ id: scheduledInterviews.id, title: scheduledInterviews.title, startsAt: scheduledInterviews.startsAt, durationMinutes: scheduledInterviews.durationMinutes, timeZone: scheduledInterviews.timeZone })
      .from(scheduledInterviews)
      .where(and(eq(scheduledInterviews.applicationId, application.id), eq(scheduledInterviews.status, "scheduled")))
      .orderBy(asc(scheduledInterviews.startsAt)),
    // Only the newest offer's status leaves this service: never its pay or notes.
    db.select({ status: offers.status }).from(offers).where(eq(offers.applicationId, application.id)).orderBy(desc(offers.createdAt)).limit(1),
  ]);
  const current = stageRows.find((s) => s.id === application.stageId);
  if (!current) throw new Error(`application ${application.id} has no stage`);
  const withdrawn = application.withdrawnAt !== null;
  const status = candidateStatusOf(current, stageRows, withdrawn, { interviewScheduled: interviewRows.length > 0, offerStatus: latestOffer?.status ?? null });
  // A closed application has no interviews ahead of it worth showing.
  const showInterviews = current.kind === "active" && !withdrawn;
  return {
    firstName,
    jobTitle,
    jobSlug,
    appliedAt: application.createdAt,
    status,
    canWithdraw: current.kind === "active" && !withdrawn,
    interviews: showInterviews ? interviewRows.map((i) => ({ id: i.id, title: i.title, startsAt: i.startsAt, when: describeZonedSpan(i.startsAt, i.durationMinutes, i.timeZone) })) : [],
  };
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
