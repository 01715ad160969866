import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { applicationTags, applications, requisitionMembers, requisitions, resumes, stages } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canViewApplication, canViewApplications, seesAllRequisitions, type RequisitionAccess } from "@/lib/domain/permissions";
import { NotFoundError } from "./errors";
import { isScheduledOnApplication } from "./interviews-access";
import { loadRequisitionAccess } from "./requisition-access";

/**
 * The same gate as getApplicationDetail (lib/services/pipeline.ts): an application the actor may not
 * see is not found, exactly like one that does not exist. Scheduled interviewers pass only where the
 * caller opts in (reading the candidate's materials), never for the hiring-team tools (notes, tags,
 * merging, the timeline), which share this gate.
 */
export async function loadVisibleApplication(db: Executor, actor: Actor, applicationId: string, options: { allowScheduledInterviewer?: boolean } = {}) {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(applicationId).success) throw new NotFoundError("That application");
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId)).limit(1);
  if (!row) throw new NotFoundError("That application");
  const access = await loadRequisitionAccess(db, actor, row.requisitionId);
  const scheduled = options.allowScheduledInterviewer === true && !canViewApplications(actor, access) && (await isScheduledOnApplication(db, actor, row.id));
  if (!canViewApplication(actor, access, scheduled)) throw new NotFoundError("That application");
  return { row, access };
}

/** Of the given requisitions, those whose applications the actor may see (one query, then the shared policy). */
export async function visibleRequisitionIds(db: Executor, actor: Actor, requisitionIds: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(requisitionIds)];
  if (unique.length === 0 || actor.kind === "anonymous") return new Set();
  if (seesAllRequisitions(actor)) return new Set(unique);
  if (actor.kind !== "user") return new Set();
  const memberships = await db
    .select({ requisitionId: requisitionMembers.requisitionId, role: requisitionMembers.role })
    .from(requisitionMembers)
    .where(and(eq(requisitionMembers.userId, actor.id), inArray(requisitionMembers.requisitionId, unique)));
  return new Set(
    unique.filter((id) => {
      const access: RequisitionAccess = { teamRoles: memberships.filter((m) => m.requisitionId === id).map((m) => m.role) };
      return canViewApplications(actor, access);
    }),
  );
}

export type ResumeText = { status: "ok"; text: string } | { status: "pending" } | { status: "unavailable"; note: string | null } | { status: "none" };

export interface OtherApplication {
  id: string;
  requisitionTitle: string;
  stageName: string;
  appliedAt: Date;
  withdrawn: boolean;
}

/**
 * What the profile shows beyond getApplicationDetail: the candidate's other applications the actor
 * may see, the resume text, tags, and the neighbours in the same stage. Call after getApplicationDetail.
 */
export async function getApplicationProfile(actor: Actor, applicationId: string) {
  const db = getDb();
  // A scheduled interviewer reads the candidate's materials here, but not the team's navigation.
  const { row, access } = await loadVisibleApplication(db, actor, applicationId, { allowScheduledInterviewer: true });
  const onTeam = canViewApplications(actor, access);
  const [others, [resume], tags, neighbours] = await Promise.all([
    db
      .select({
        id: applications.id,
        requisitionId: applications.requisitionId,
        requisitionTitle: requisitions.title,
        stageName: stages.name,
        appliedAt: applications.createdAt,
        withdrawnAt: applications.withdrawnAt,
      })
      .from(applications)
      .innerJoin(requisitions, eq(requisitions.id, applications.requisitionId))
      .innerJoin(stages, eq(stages.id, applications.stageId))
      .where(and(eq(applications.candidateId, row.candidateId), ne(applications.id, row.id)))
      .orderBy(desc(applications.createdAt)),
    db
      .select({ status: resumes.textStatus, text: resumes.text, note: resumes.textNote })
      .from(resumes)
      .where(eq(resumes.applicationId, row.id))
      .orderBy(desc(resumes.createdAt))
      .limit(1),
    db.select({ tag: applicationTags.tag }).from(applicationTags).where(eq(applicationTags.applicationId, row.id)).orderBy(asc(applicationTags.tag)),
    onTeam ? stageNeighbours(db, row) : Promise.resolve({ previousId: null, nextId: null }),
  ]);
  const visible = await visibleRequisitionIds(db, actor, others.map((o) => o.requisitionId));
  let resumeText: ResumeText = { status: "none" };
  if (resume?.status === "ok" && resume.text) resumeText = { status: "ok", text: resume.text };
  else if (resume?.status === "pending") resumeText = { status: "pending" };
  else if (resume) resumeText = { status: "unavailable", note: resume.note };
  return {
    candidateId: row.candidateId,
    requisitionId: row.requisitionId,
    otherApplications: others
      .filter((o) => visible.has(o.requisitionId))
      .map((o): OtherApplication => ({ id: o.id, requisitionTitle: o.requisitionTitle, stageName: o.stageName, appliedAt: o.appliedAt, withdrawn: o.withdrawnAt !== null })),
    resumeText,
    tags: tags.map((t) => t.tag),
    neighbours,
  };
}

/**
 * The applications before and after this one in its stage, in the board's default order
 * (getRequisitionPipeline): newest in stage first, ties broken by id so that the order is total and stepping through never loops.
 */
async function stageNeighbours(db: Executor, row: { id: string; requisitionId: string; stageId: string }) {
  // Withdrawn applications have left the board, so stepping skips them too.
  const sameStage = and(eq(applications.requisitionId, row.requisitionId), eq(applications.stageId, row.stageId), isNull(applications.withdrawnAt));
  // Read the position in SQL: a JavaScript Date drops the microseconds PostgreSQL keeps.
  const here = sql`(select here.stage_entered_at, here.id from applications here where here.id = ${row.id})`;
  const position = sql`(${applications.stageEnteredAt}, ${applications.id})`;
  // The previous card (above on the board) came in later, the next one earlier.
  const [[previous], [next]] = await Promise.all([
    db.select({ id: applications.id }).from(applications).where(and(sameStage, sql`${position} > ${here}`)).orderBy(asc(applications.stageEnteredAt), asc(applications.id)).limit(1),
    db.select({ id: applications.id }).from(applications).where(and(sameStage, sql`${position} < ${here}`)).orderBy(desc(applications.stageEnteredAt), desc(applications.id)).limit(1),
  ]);
  return { previousId: previous?.id ?? null, nextId: next?.id ?? null };
}
