import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { applications, scheduledInterviewers, scheduledInterviews } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canViewApplication, type RequisitionAccess } from "@/lib/domain/permissions";
import { NotFoundError } from "./errors";
import { loadRequisitionAccess } from "./requisition-access";

/** Whether the actor is an interviewer on a scheduled (not cancelled) interview of this application. */
export async function isScheduledOnApplication(db: Executor, actor: Actor, applicationId: string): Promise<boolean> {
  if (actor.kind !== "user") return false;
  const [row] = await db
    .select({ id: scheduledInterviews.id })
    .from(scheduledInterviews)
    .innerJoin(scheduledInterviewers, eq(scheduledInterviewers.scheduledInterviewId, scheduledInterviews.id))
    .where(and(eq(scheduledInterviews.applicationId, applicationId), eq(scheduledInterviews.status, "scheduled"), eq(scheduledInterviewers.userId, actor.id)))
    .limit(1);
  return row !== undefined;
}

/**
 * The application if the actor may see it, including as a scheduled interviewer (canViewApplication);
 * not-found otherwise. `access` tells the caller which hiring-team tools to offer on top.
 */
export async function loadApplicationForInterviews(db: Executor, actor: Actor, applicationId: string) {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(applicationId).success) throw new NotFoundError("That application");
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId)).limit(1);
  if (!row) throw new NotFoundError("That application");
  const access: RequisitionAccess = await loadRequisitionAccess(db, actor, row.requisitionId);
  if (!canViewApplication(actor, access, await isScheduledOnApplication(db, actor, row.id))) throw new NotFoundError("That application");
  return { row, access };
}

/**
 * One scheduled interview the actor may see: the hiring team of its requisition, or an interviewer on
 * it who is still on the team (cancelled ones too, so they can fetch the cancellation). Not-found otherwise.
 */
export async function loadVisibleInterview(db: Executor, actor: Actor, scheduledInterviewId: string) {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(scheduledInterviewId).success) throw new NotFoundError("That interview");
  const [found] = await db
    .select({ interview: scheduledInterviews, requisitionId: applications.requisitionId, candidateId: applications.candidateId })
    .from(scheduledInterviews)
    .innerJoin(applications, eq(applications.id, scheduledInterviews.applicationId))
    .where(eq(scheduledInterviews.id, scheduledInterviewId))
    .limit(1);
  if (!found) throw new NotFoundError("That interview");
  const access = await loadRequisitionAccess(db, actor, found.requisitionId);
  const interviewerRows = await db.select({ userId: scheduledInterviewers.userId }).from(scheduledInterviewers).where(eq(scheduledInterviewers.scheduledInterviewId, scheduledInterviewId));
  const interviewerIds = interviewerRows.map((r) => r.userId);
  const isInterviewer = actor.kind === "user" && interviewerIds.includes(actor.id);
  if (!canViewApplication(actor, access, isInterviewer)) throw new NotFoundError("That interview");
  return { ...found, access, interviewerIds, isInterviewer };
}
