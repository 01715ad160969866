import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applications, applicationTags, candidates, qualifications, stages } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canChangeRequisitionStatus, canEditRequisition, canMoveApplications, canViewApplications } from "@/lib/domain/permissions";
import type { StageKind } from "@/lib/domain/requisition-types";
import { getDashboardRequisition } from "./requisitions";

/** The board: a requisition's stages with their cards, paged, and the list of closed applications. */
export interface StageDto {
  id: string;
  name: string;
  kind: StageKind;
}

export interface PipelineCard {
  id: string;
  version: number;
  candidateName: string;
  appliedAt: Date;
  stageEnteredAt: Date;
  /** Null until the evidence summary has been computed. */
  requiredMet: number | null;
  preferredMet: number | null;
  knockoutFlags: number;
  source: string | null;
  tags: string[];
}

export interface BoardStage extends StageDto {
  targetDays: number | null;
  /** Every application in the stage (withdrawn ones excepted), whatever the page or filter shows. */
  count: number;
  /** Cards shown; empty for Hired and Rejected, whose applications have left the board. */
  applications: PipelineCard[];
  hasMore: boolean;
}

export type PipelineSort = "time-in-stage" | "required-met";

export interface PipelineOptions {
  sort?: PipelineSort;
  /** Part of the candidate's name. */
  q?: string;
  /** One column shown further: its id and how many pages of cards. */
  expand?: { stageId: string; pages: number };
}

/**
 * Cards per column and page: a requisition with thousands of applicants renders as quickly as one
 * with a few dozen; "Show more in …" pages further, and the filter, the sort and search reach the
 * rest. Each card costs the render about as much as the page's fixed part divided by a hundred.
 */
export const CARDS_PER_PAGE = 25;

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The board: the requisition's stages in order with complete counts, and for each active stage
 * its first cards (oldest in stage first, or most required qualifications met). One query per
 * stage with a LIMIT on the (requisition, stage) index, one for the counts, one for the tags:
 * the number of queries does not grow with the number of applications.
 */
export async function getRequisitionPipeline(actor: Actor, requisitionId: string, options: PipelineOptions | PipelineSort = {}) {
  const { sort = "time-in-stage", q, expand } = typeof options === "string" ? { sort: options } : options;
  const { requisition, status, access } = await getDashboardRequisition(actor, requisitionId);
  const db = getDb();
  const showsApplications = canViewApplications(actor, access);
  const [stageRows, qualificationCounts, countRows] = await Promise.all([
    db
      .select({ id: stages.id, name: stages.name, kind: stages.kind, targetDays: stages.targetDays })
      .from(stages)
      .where(and(eq(stages.requisitionId, requisitionId), isNull(stages.archivedAt)))
      .orderBy(asc(stages.position)),
    db
      .select({ kind: qualifications.kind, n: count() })
      .from(qualifications)
      .where(and(eq(qualifications.requisitionId, requisitionId), isNull(qualifications.archivedAt)))
      .groupBy(qualifications.kind),
    showsApplications
      ? db
          .select({ stageId: applications.stageId, withdrawn: sql<boolean>`${applications.withdrawnAt} is not null`, n: count() })
          .from(applications)
          .where(eq(applications.requisitionId, requisitionId))
          .groupBy(applications.stageId, sql`${applications.withdrawnAt} is not null`)
      : Promise.resolve([]),
  ]);
  const nameFilter = q?.trim() ? ilike(sql`${candidates.firstName} || ' ' || ${candidates.lastName}`, likePattern(q.trim())) : undefined;
  const columns = await Promise.all(
    stageRows.map(async (stage) => {
      if (!showsApplications || stage.kind !== "active") return [];
      const pages = expand?.stageId === stage.id ? Math.min(Math.max(1, expand.pages), 100) : 1;
      return db
        .select({
          id: applications.id,
          version: applications.version,
          firstName: candidates.firstName,
          lastName: candidates.lastName,
          appliedAt: applications.createdAt,
          stageEnteredAt: applications.stageEnteredAt,
          requiredMet: applications.requiredMet,
          preferredMet: applications.preferredMet,
          knockoutFlags: applications.knockoutFlags,
          source: applications.source,
        })
        .from(applications)
        .innerJoin(candidates, eq(candidates.id, applications.candidateId))
        .where(and(eq(applications.requisitionId, requisitionId), eq(applications.stageId, stage.id), isNull(applications.withdrawnAt), nameFilter))
        .orderBy(...(sort === "required-met" ? [sql`${applications.evidenceSortKey} desc nulls last`] : []), asc(applications.stageEnteredAt), asc(applications.id))
        .limit(pages * CARDS_PER_PAGE + 1);
    }),
  );
  const shownIds = columns.flatMap((rows) => rows.map((row) => row.id));
  const tagRows = shownIds.length
    ? await db.select({ applicationId: applicationTags.applicationId, tag: applicationTags.tag }).from(applicationTags).where(inArray(applicationTags.applicationId, shownIds)).orderBy(asc(applicationTags.tag))
    : [];
  const total = (kind: "required" | "preferred") => Number(qualificationCounts.find((row) => row.kind === kind)?.n ?? 0);
  return {
    requisition: { id: requisition.id, title: requisition.title, slug: requisition.slug, status },
    showsApplications,
    access,
    qualificationTotals: { required: total("required"), preferred: total("preferred") },
    canEdit: canEditRequisition(actor, access),
    canChangeStatus: canChangeRequisitionStatus(actor),
    canMove: canMoveApplications(actor, access),
    withdrawnCount: countRows.filter((row) => row.withdrawn).reduce((sum, row) => sum + Number(row.n), 0),
    stages: stageRows.map((stage, index): BoardStage => {
      const rows = columns[index] ?? [];
      const limit = (expand?.stageId === stage.id ? Math.min(Math.max(1, expand.pages), 100) : 1) * CARDS_PER_PAGE;
      return {
        ...stage,
        count: Number(countRows.find((row) => row.stageId === stage.id && !row.withdrawn)?.n ?? 0),
        hasMore: rows.length > limit,
        applications: rows.slice(0, limit).map(({ firstName, lastName, ...card }) => ({
          ...card,
          candidateName: `${firstName} ${lastName}`,
          tags: tagRows.filter((t) => t.applicationId === card.id).map((t) => t.tag),
        })),
      };
    }),
  };
}

/** Hired, rejected and withdrawn applications: off the board, but findable. Newest change first. */
export async function getClosedApplications(actor: Actor, requisitionId: string, limit = 500) {
  const { access } = await getDashboardRequisition(actor, requisitionId);
  if (!canViewApplications(actor, access)) return [];
  const rows = await getDb()
    .select({ id: applications.id, firstName: candidates.firstName, lastName: candidates.lastName, stage: stages.name, kind: stages.kind, withdrawnAt: applications.withdrawnAt, at: applications.stageEnteredAt })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(and(eq(applications.requisitionId, requisitionId), or(ne(stages.kind, "active"), isNotNull(applications.withdrawnAt))))
    .orderBy(desc(applications.stageEnteredAt))
    .limit(limit);
  return rows.map(({ firstName, lastName, ...row }) => ({ ...row, candidateName: `${firstName} ${lastName}`, withdrawn: row.withdrawnAt !== null }));
}
