import "server-only";
import { aliasedTable, and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { applications, candidates, qualifications, requisitions, resumes, stageEvents, stages, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canChangeRequisitionStatus, canEditRequisition, canMoveApplications, canViewApplications } from "@/lib/domain/permissions";
import type { StageKind } from "@/lib/domain/requisition-types";
import { checkStageMove } from "@/lib/domain/stage-moves";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { loadApplicationEvidence } from "./application-evidence";
import { publishChange } from "./live-events";
import { loadRequisitionAccess } from "./requisition-access";
import { getDashboardRequisition } from "./requisitions";

export interface StageDto {
  id: string;
  name: string;
  kind: StageKind;
}

export interface PipelineCard {
  id: string;
  candidateName: string;
  appliedAt: Date;
  stageEnteredAt: Date;
  /** Null until the evidence summary has been computed. */
  requiredMet: number | null;
  preferredMet: number | null;
  knockoutFlags: number;
  withdrawn: boolean;
}

export type PipelineSort = "time-in-stage" | "required-met";

/**
 * The requisition's stages in order, each with its applications: oldest in stage first, or by
 * required qualifications met (knockout-free first) when the reviewer asks for that.
 */
export async function getRequisitionPipeline(actor: Actor, requisitionId: string, sort: PipelineSort = "time-in-stage") {
  const { requisition, status, access } = await getDashboardRequisition(actor, requisitionId);
  const db = getDb();
  const stageRows = await db
    .select({ id: stages.id, name: stages.name, kind: stages.kind })
    .from(stages)
    .where(and(eq(stages.requisitionId, requisitionId), isNull(stages.archivedAt)))
    .orderBy(asc(stages.position));
  const showsApplications = canViewApplications(actor, access);
  const cards = showsApplications
    ? await db
        .select({
          id: applications.id,
          stageId: applications.stageId,
          firstName: candidates.firstName,
          lastName: candidates.lastName,
          appliedAt: applications.createdAt,
          stageEnteredAt: applications.stageEnteredAt,
          requiredMet: applications.requiredMet,
          preferredMet: applications.preferredMet,
          knockoutFlags: applications.knockoutFlags,
          withdrawnAt: applications.withdrawnAt,
        })
        .from(applications)
        .innerJoin(candidates, eq(candidates.id, applications.candidateId))
        .where(eq(applications.requisitionId, requisitionId))
        .orderBy(
          ...(sort === "required-met" ? [sql`${applications.evidenceSortKey} desc nulls last`] : []),
          asc(applications.stageEnteredAt),
        )
    : [];
  const qualificationCounts = await db
    .select({ kind: qualifications.kind, n: count() })
    .from(qualifications)
    .where(and(eq(qualifications.requisitionId, requisitionId), isNull(qualifications.archivedAt)))
    .groupBy(qualifications.kind);
  const total = (kind: "required" | "preferred") => Number(qualificationCounts.find((q) => q.kind === kind)?.n ?? 0);
  return {
    requisition: { id: requisition.id, title: requisition.title, slug: requisition.slug, status },
    showsApplications,
    qualificationTotals: { required: total("required"), preferred: total("preferred") },
    canEdit: canEditRequisition(actor, access),
    canChangeStatus: canChangeRequisitionStatus(actor),
    stages: stageRows.map((stage) => ({
      ...stage,
      applications: cards
        .filter((card) => card.stageId === stage.id)
        .map((card): PipelineCard => ({
          id: card.id,
          candidateName: `${card.firstName} ${card.lastName}`,
          appliedAt: card.appliedAt,
          stageEnteredAt: card.stageEnteredAt,
          requiredMet: card.requiredMet,
          preferredMet: card.preferredMet,
          knockoutFlags: card.knockoutFlags,
          withdrawn: card.withdrawnAt !== null,
        })),
    })),
  };
}

/** Loads an application the actor may see, or throws not-found (also for ones that exist but are not theirs). */
async function loadVisibleApplication(actor: Actor, applicationId: string) {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(applicationId).success) throw new NotFoundError("That application");
  const db = getDb();
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId)).limit(1);
  if (!row) throw new NotFoundError("That application");
  const access = await loadRequisitionAccess(db, actor, row.requisitionId);
  if (!canViewApplications(actor, access)) throw new NotFoundError("That application");
  return { row, access };
}

export async function getApplicationDetail(actor: Actor, applicationId: string) {
  const { row, access } = await loadVisibleApplication(actor, applicationId);
  const db = getDb();
  const fromStage = aliasedTable(stages, "from_stage");
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

/**
 * Moves an application to another stage of its requisition. The move must be based on the
 * version the actor saw: a stale move is refused and writes nothing.
 */
export async function moveApplication(actor: Actor, input: MoveApplicationInput, now = new Date()) {
  const parsed = moveApplicationSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The move could not be made.", z.flattenError(parsed.error).fieldErrors);
  const { applicationId, toStageId, expectedVersion, reason } = parsed.data;
  const { row, access } = await loadVisibleApplication(actor, applicationId);
  if (!canMoveApplications(actor, access)) throw new NotFoundError("That application");

  return getDb().transaction(async (tx) => {
    const stageRows = await tx.select().from(stages).where(and(eq(stages.requisitionId, row.requisitionId), isNull(stages.archivedAt)));
    const to = stageRows.find((s) => s.id === toStageId);
    if (!to) throw new ValidationError("Choose a stage of this requisition.", { toStageId: ["Choose a stage of this requisition."] });
    const [current] = await tx.select().from(applications).where(eq(applications.id, applicationId)).for("update");
    if (!current) throw new NotFoundError("That application");
    if (current.version !== expectedVersion) throw new ConflictError(await describeLatestMove(tx, applicationId));
    const from = stageRows.find((s) => s.id === current.stageId);
    if (!from) throw new Error(`application ${applicationId} points at a stage of another requisition`);
    const check = checkStageMove(actor, from, to, reason);
    if (!check.ok) throw new ValidationError(check.error, { toStageId: [check.error] });

    await tx
      .update(applications)
      .set({ stageId: to.id, version: current.version + 1, stageEnteredAt: now, updatedAt: now })
      .where(and(eq(applications.id, applicationId), eq(applications.version, expectedVersion)));
    await tx.insert(stageEvents).values({
      applicationId,
      fromStageId: from.id,
      toStageId: to.id,
      actorUserId: actor.kind === "user" ? actor.id : null,
      reason,
      createdAt: now,
    });
    await writeAudit(tx, actor, { action: "application.move", targetType: "application", targetId: applicationId, details: { from: from.name, to: to.name } });
    await publishChange(tx, { kind: "application.moved", requisitionId: row.requisitionId, applicationId });
    return { version: current.version + 1, stage: { id: to.id, name: to.name, kind: to.kind } };
  });
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
