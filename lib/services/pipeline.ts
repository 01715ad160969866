import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { applications, candidates, requisitions, resumes, stageEvents, stages, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canMoveApplications, canViewApplication, canViewApplications } from "@/lib/domain/permissions";
import { checkStageMove, rejectionStage } from "@/lib/domain/stage-moves";
import type { RequisitionAccess } from "@/lib/domain/permissions";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { loadApplicationEvidence } from "./application-evidence";
import { publishChange } from "./live-events";
import { isScheduledOnApplication } from "./interviews-access";
import { loadRequisitionAccess } from "./requisition-access";

/** Loads an application the actor may see, or throws not-found (also for ones that exist but are not theirs). */
async function loadVisibleApplication(actor: Actor, applicationId: string) {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(applicationId).success) throw new NotFoundError("That application");
  const db = getDb();
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId)).limit(1);
  if (!row) throw new NotFoundError("That application");
  const access = await loadRequisitionAccess(db, actor, row.requisitionId);
  // Interviewers see the applications they are scheduled on; moves still check canMoveApplications.
  const scheduled = !canViewApplications(actor, access) && (await isScheduledOnApplication(db, actor, row.id));
  if (!canViewApplication(actor, access, scheduled)) throw new NotFoundError("That application");
  return { row, access };
}

export async function getApplicationDetail(actor: Actor, applicationId: string) {
  const { row, access } = await loadVisibleApplication(actor, applicationId);
  const db = getDb();
  // alias() keeps the joined columns typed (aliasedTable in a join leaves the result untyped).
  const fromStage = alias(stages, "from_stage");
  const [[candidate], [requisition], stageRows, [resume], events] = await Promise.all([
    db.select().from(candidates).where(eq(candidates.id, row.candidateId)).limit(1),
    db.select({ id: requisitions.id, title: requisitions.title }).from(requisitions).where(eq(requisitions.id, row.requisitionId)).limit(1),
    db
      .select({ id: stages.id, name: stages.name, kind: stages.kind })
      .from(stages)
      .where(and(eq(stages.requisitionId, row.requisitionId), isNull(stages.archivedAt)))
      .orderBy(asc(stages.position)),
    db
      .select({ filename: resumes.filename, sizeBytes: resumes.sizeBytes })
      .from(resumes)
      .where(eq(resumes.applicationId, row.id))
      .orderBy(desc(resumes.createdAt))
      .limit(1),
    db
      .select({ id: stageEvents.id, at: stageEvents.createdAt, reason: stageEvents.reason, from: fromStage.name, to: stages.name, actorName: users.name })
      .from(stageEvents)
      .innerJoin(stages, eq(stages.id, stageEvents.toStageId))
      .leftJoin(fromStage, eq(fromStage.id, stageEvents.fromStageId))
      .leftJoin(users, eq(users.id, stageEvents.actorUserId))
      .where(eq(stageEvents.applicationId, row.id))
      .orderBy(desc(stageEvents.createdAt), desc(sql`${stageEvents.id}`)),
  ]);
  if (!candidate || !requisition) throw new NotFoundError("That application");
  const stage = stageRows.find((s) => s.id === row.stageId);
  if (!stage) throw new Error(`application ${row.id} points at a stage of another requisition`);
  const evidence = await loadApplicationEvidence(db, row);
  return {
    id: row.id,
    version: row.version,
    appliedAt: row.createdAt,
    withdrawn: row.withdrawnAt !== null,
    stage,
    candidate: {
      name: `${candidate.firstName} ${candidate.lastName}`,
      email: candidate.email,
      phone: row.phone,
      location: row.location,
      linkedinUrl: row.linkedinUrl,
      websiteUrl: row.websiteUrl,
    },
    coverLetter: row.coverLetter,
    evidence,
    requisition,
    stages: stageRows,
    resume: resume ?? null,
    events,
    canMove: canMoveApplications(actor, access),
  };
}

export const moveApplicationSchema = z.strictObject({
  applicationId: z.uuid(),
  toStageId: z.uuid({ message: "Choose a stage." }),
  expectedVersion: z.coerce.number().int().positive(),
  reason: z.string().trim().max(500, "Use at most 500 characters.").optional().transform((v) => v || null),
});
export type MoveApplicationInput = z.input<typeof moveApplicationSchema>;

/** The application, if the actor may move it; not-found otherwise (also for ones they cannot see). */
export async function loadMovableApplication(actor: Actor, applicationId: string) {
  const visible = await loadVisibleApplication(actor, applicationId);
  if (!canMoveApplications(actor, visible.access)) throw new NotFoundError("That application");
  return visible;
}

export interface MoveInTransaction {
  applicationId: string;
  requisitionId: string;
  access: RequisitionAccess;
  /** A stage id, or "rejected" for the requisition's rejection stage. */
  to: string | "rejected";
  expectedVersion: number;
  reason: string | null;
  rejectionReasonId?: string | null;
  outboxMessageId?: string | null;
}

/**
 * The one path every move takes (single, bulk, reject): lock the row, refuse a stale version with
 * who moved it last, apply the shared stage rules, then write the move, its event, the audit row
 * and the live notification, all in the caller's transaction.
 */
export async function moveInTransaction(tx: Executor, actor: Actor, move: MoveInTransaction, now: Date) {
  const stageRows = await tx.select().from(stages).where(and(eq(stages.requisitionId, move.requisitionId), isNull(stages.archivedAt))).orderBy(asc(stages.position));
  const to = move.to === "rejected" ? rejectionStage(stageRows) : stageRows.find((s) => s.id === move.to);
  if (!to) throw new ValidationError("Choose a stage of this requisition.", { toStageId: ["Choose a stage of this requisition."] });
  const [current] = await tx.select().from(applications).where(eq(applications.id, move.applicationId)).for("update");
  if (!current || current.requisitionId !== move.requisitionId) throw new NotFoundError("That application");
  if (current.version !== move.expectedVersion) throw new ConflictError(await describeLatestMove(tx, move.applicationId));
  const from = stageRows.find((s) => s.id === current.stageId);
  if (!from) throw new Error(`application ${move.applicationId} points at a stage of another requisition`);
  const check = checkStageMove(actor, from, to, move.reason, move.access);
  if (!check.ok) throw new ValidationError(check.error, { toStageId: [check.error] });

  await tx
    .update(applications)
    .set({ stageId: to.id, version: current.version + 1, stageEnteredAt: now, updatedAt: now })
    .where(and(eq(applications.id, move.applicationId), eq(applications.version, move.expectedVersion)));
  const [event] = await tx
    .insert(stageEvents)
    .values({
      applicationId: move.applicationId,
      fromStageId: from.id,
      toStageId: to.id,
      actorUserId: actor.kind === "user" ? actor.id : null,
      reason: move.reason,
      rejectionReasonId: move.rejectionReasonId ?? null,
      outboxMessageId: move.outboxMessageId ?? null,
      createdAt: now,
    })
    .returning({ id: stageEvents.id });
  if (!event) throw new Error("The stage event insert returned no row.");
  await writeAudit(tx, actor, { action: "application.move", targetType: "application", targetId: move.applicationId, details: { from: from.name, to: to.name } });
  await publishChange(tx, { kind: "application.moved", requisitionId: move.requisitionId, applicationId: move.applicationId });
  return { version: current.version + 1, stage: { id: to.id, name: to.name, kind: to.kind }, eventId: event.id, candidateId: current.candidateId };
}

/**
 * Moves an application to another stage of its requisition. The move must be based on the
 * version the actor saw: a stale move is refused and writes nothing.
 */
export async function moveApplication(actor: Actor, input: MoveApplicationInput, now = new Date()) {
  const parsed = moveApplicationSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The move could not be made.", z.flattenError(parsed.error).fieldErrors);
  const { applicationId, toStageId, expectedVersion, reason } = parsed.data;
  const { row, access } = await loadMovableApplication(actor, applicationId);
  const moved = await getDb().transaction((tx) =>
    moveInTransaction(tx, actor, { applicationId, requisitionId: row.requisitionId, access, to: toStageId, expectedVersion, reason }, now),
  );
  return { version: moved.version, stage: moved.stage };
}

async function describeLatestMove(tx: Executor, applicationId: string): Promise<string> {
  const [latest] = await tx
    .select({ at: stageEvents.createdAt, to: stages.name, actorName: users.name })
    .from(stageEvents)
    .innerJoin(stages, eq(stages.id, stageEvents.toStageId))
    .leftJoin(users, eq(users.id, stageEvents.actorUserId))
    .where(eq(stageEvents.applicationId, applicationId))
    .orderBy(desc(stageEvents.createdAt))
    .limit(1);
  if (!latest) return "This candidate was changed by someone else. Reload to see the latest.";
  const time = latest.at.toISOString().slice(11, 16);
  return `${latest.actorName ?? "Someone"} moved this candidate to ${latest.to} at ${time} UTC. Reload to see the latest.`;
}

/** The newest resume of an application, for an authorised download. */
export async function getResumeDownload(actor: Actor, applicationId: string) {
  const { row } = await loadVisibleApplication(actor, applicationId);
  const db = getDb();
  const [resume] = await db.select().from(resumes).where(eq(resumes.applicationId, row.id)).orderBy(desc(resumes.createdAt)).limit(1);
  if (!resume) throw new NotFoundError("That resume");
  await writeAudit(db, actor, { action: "resume.download", targetType: "application", targetId: row.id });
  return { filename: resume.filename, contentType: resume.contentType, data: resume.data };
}
