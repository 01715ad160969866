import "server-only";
import { cache } from "react";
import { and, asc, count, eq, getTableColumns, inArray, isNull, like, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applications, qualifications, requisitionMembers, requisitionStatusEvents, requisitions, stages } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import {
  canChangeRequisitionStatus,
  canCreateRequisitions,
  canViewApplications,
  canViewRequisitionInDashboard,
  type RequisitionAccess,
  seesAllRequisitions,
} from "@/lib/domain/permissions";
import type { ParsedPosting } from "@/lib/domain/posting/posting-types";
import { defaultStages, type RequisitionStatus } from "@/lib/domain/requisition-types";
import { draftFromPosting } from "@/lib/domain/requisition-draft";
import { slugify, uniqueSlug } from "@/lib/domain/slug";
import { writeAudit } from "./audit";
import { NotFoundError } from "./errors";
import { insertDefaultInterviewPlan } from "./interview-plan-defaults";
import { teamRolesColumn } from "./requisition-access";
import { toJobPosting } from "./requisition-dto";
import { parseDraft, positioned, requisitionColumns } from "./requisition-draft-rows";
import type { RequisitionDraftInput } from "./requisition-schema";

export interface TeamAssignment {
  userId: string;
  role: "hiring_manager" | "recruiter" | "interviewer";
}

export interface NewRequisition {
  posting: ParsedPosting;
  status: RequisitionStatus;
  team?: TeamAssignment[];
}

/** Creates a requisition from a parsed posting (seed, imports): see createRequisitionFromDraft. */
export function createRequisition(actor: Actor, input: NewRequisition, now = new Date()): Promise<{ id: string; slug: string }> {
  return createRequisitionFromDraft(actor, { draft: draftFromPosting(input.posting), status: input.status, team: input.team }, now);
}

/**
 * Creates a requisition with its qualification rows, the default stages and interview plan, its
 * hiring team and the first status event, in one transaction.
 */
export async function createRequisitionFromDraft(
  actor: Actor,
  input: { draft: RequisitionDraftInput; status: RequisitionStatus; team?: TeamAssignment[] },
  now = new Date(),
): Promise<{ id: string; slug: string }> {
  if (!canCreateRequisitions(actor)) throw new NotFoundError();
  if (input.status !== "draft" && !canChangeRequisitionStatus(actor)) throw new NotFoundError();
  const draft = parseDraft(input.draft);
  return getDb().transaction(async (tx) => {
    const base = slugify(draft.title);
    const taken = await tx
      .select({ slug: requisitions.slug })
      .from(requisitions)
      .where(or(eq(requisitions.slug, base), like(requisitions.slug, `${base}-%`)));
    const slug = uniqueSlug(base, new Set(taken.map((row) => row.slug)));
    const [row] = await tx
      .insert(requisitions)
      .values({ slug, status: input.status, ...requisitionColumns(draft), publishedAt: input.status === "open" ? now : null })
      .returning({ id: requisitions.id, slug: requisitions.slug });
    if (!row) throw new Error("insert returned no row");
    const qualificationRows = positioned(draft.qualifications);
    if (qualificationRows.length > 0) {
      await tx.insert(qualifications).values(qualificationRows.map(({ kind, position, text }) => ({ kind, position, text, requisitionId: row.id })));
    }
    await tx.insert(stages).values(defaultStages.map((stage, position) => ({ ...stage, position, requisitionId: row.id })));
    await insertDefaultInterviewPlan(tx, actor, row.id);
    if (input.team?.length) {
      await tx.insert(requisitionMembers).values(input.team.map((member) => ({ ...member, requisitionId: row.id })));
    }
    await tx.insert(requisitionStatusEvents).values({
      requisitionId: row.id,
      fromStatus: null,
      toStatus: input.status,
      actorUserId: actor.kind === "user" ? actor.id : null,
      createdAt: now,
    });
    await writeAudit(tx, actor, { action: "requisition.create", targetType: "requisition", targetId: row.id, details: { status: input.status } });
    return row;
  });
}

export interface DashboardRequisition {
  id: string;
  title: string;
  status: RequisitionStatus;
  department: string | null;
  stages: { id: string; name: string; count: number }[];
  /** False for interviewers, who see only the applications they interview. */
  showsApplications: boolean;
}

/** Requisitions the actor works on, with how many applications sit in each stage. */
export async function listDashboardRequisitions(actor: Actor): Promise<DashboardRequisition[]> {
  if (actor.kind !== "user") throw new NotFoundError();
  const db = getDb();
  const visible = seesAllRequisitions(actor)
    ? await db.select().from(requisitions).orderBy(asc(requisitions.title))
    : await db
        .selectDistinct({ requisitions })
        .from(requisitions)
        .innerJoin(requisitionMembers, eq(requisitionMembers.requisitionId, requisitions.id))
        .where(eq(requisitionMembers.userId, actor.id))
        .orderBy(asc(requisitions.title))
        .then((rows) => rows.map((r) => r.requisitions));
  if (visible.length === 0) return [];
  const ids = visible.map((r) => r.id);
  const stageCounts = await db
    .select({ requisitionId: stages.requisitionId, id: stages.id, name: stages.name, count: count(applications.id) })
    .from(stages)
    .leftJoin(applications, eq(applications.stageId, stages.id))
    .where(and(inArray(stages.requisitionId, ids), isNull(stages.archivedAt)))
    .groupBy(stages.id)
    .orderBy(asc(stages.position));
  const memberships = await db
    .select({ requisitionId: requisitionMembers.requisitionId, role: requisitionMembers.role })
    .from(requisitionMembers)
    .where(eq(requisitionMembers.userId, actor.id));
  return visible.map((row) => {
    const teamRoles = memberships.filter((m) => m.requisitionId === row.id).map((m) => m.role);
    const showsApplications = canViewApplications(actor, { teamRoles });
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      department: row.department,
      showsApplications,
      stages: stageCounts
        .filter((s) => s.requisitionId === row.id)
        .map((s) => ({ id: s.id, name: s.name, count: showsApplications ? Number(s.count) : 0 })),
    };
  });
}

/**
 * The requisition header for dashboard pages, with how many qualifications of each kind it asks
 * for (the cards' "Required 3/5"); not-found for anyone off its team. Memoised for the
 * request (React cache, keyed by the actor object and id): the board's services each check access
 * and would otherwise read the same row and roles several times per render.
 */
export const getDashboardRequisition = cache(async (actor: Actor, requisitionId: string) => {
  const db = getDb();
  const current = (kind: "required" | "preferred") =>
    sql<number>`(select count(*) from ${qualifications} where ${qualifications.requisitionId} = ${requisitionId} and ${qualifications.kind} = ${kind} and ${qualifications.archivedAt} is null)::int`;
  const [found] = await db
    .select({ row: getTableColumns(requisitions), teamRoles: teamRolesColumn(actor, requisitionId), required: current("required"), preferred: current("preferred") })
    .from(requisitions)
    .where(eq(requisitions.id, requisitionId))
    .limit(1);
  if (!found) throw new NotFoundError("That requisition");
  const access: RequisitionAccess = { teamRoles: found.teamRoles };
  if (!canViewRequisitionInDashboard(actor, access)) throw new NotFoundError("That requisition");
  return { requisition: toJobPosting(found.row, []), status: found.row.status, access, qualificationTotals: { required: found.required, preferred: found.preferred } };
});
