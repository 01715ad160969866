import "server-only";
import { and, asc, desc, eq, ilike, isNotNull, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applications, applicationTags, candidates, scheduledInterviewers, scheduledInterviews, scorecards, stages } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canChangeRequisitionStatus, canEditRequisition, canMoveApplications, canViewApplications } from "@/lib/domain/permissions";
import type { StageKind } from "@/lib/domain/requisition-types";
import { readBoardStages } from "./board-stages";
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
  stageEnteredAt: Date;
  /** Null until the evidence summary has been computed. */
  requiredMet: number | null;
  preferredMet: number | null;
  knockoutFlags: number;
  source: string | null;
  tags: string[];
  /** Interviews scheduled (cancelled ones left out), and the scorecards their interviewers owe and have submitted; null for none. */
  interviews: InterviewProgress | null;
}

export interface InterviewProgress {
  scheduled: number;
  scorecardsDue: number;
  scorecardsSubmitted: number;
}

export interface BoardStage extends StageDto {
  targetDays: number | null;
  /** Every application in the stage (withdrawn ones excepted), whatever the page or filter shows. */
  count: number;
  /** Cards shown; empty for Hired and Rejected, whose applications have left the board. */
  applications: PipelineCard[];
  hasMore: boolean;
}

/**
 * The order of a column's cards: the newest arrivals first (the default: what was just applied or
 * just moved is where the team looks, on the first page), those waiting longest first, or the most
 * required qualifications met first.
 */
export const pipelineSorts = ["newest", "time-in-stage", "required-met"] as const;
export type PipelineSort = (typeof pipelineSorts)[number];

export interface PipelineOptions {
  sort?: PipelineSort;
  /** Part of the candidate's name. */
  q?: string;
  /** One column shown further: its id and how many pages of cards. */
  expand?: { stageId: string; pages: number };
}

/**
 * Cards per column and page: a requisition with thousands of applicants renders as quickly as one
 * with a few dozen; "Show more in …" pages further, and the filter, the sorts and search reach the
 * rest. Each card costs the server about 80 µs of rendering on a small machine, on top of about
 * 12 ms for the page around them: with 10 per column the 100k-candidate demo board serves about
 * 120 views/s, with 25 about 85 (docs/pipeline.md). Newest first by default, so what was just
 * applied or just moved is on the first page.
 */
export const CARDS_PER_PAGE = 10;

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The columns of a board query: a card's own fields, its candidate's name, and its tags in order. */
const cardColumns = {
  id: applications.id,
  version: applications.version,
  firstName: candidates.firstName,
  lastName: candidates.lastName,
  stageEnteredAt: applications.stageEnteredAt,
  requiredMet: applications.requiredMet,
  preferredMet: applications.preferredMet,
  knockoutFlags: applications.knockoutFlags,
  source: applications.source,
  tags: sql<string[]>`array(select ${applicationTags.tag} from ${applicationTags} where ${applicationTags.applicationId} = ${applications.id} order by 1)`.as("tags"),
  // [interviews, scorecards due, scorecards submitted]: one index lookup per card, none for the many without interviews.
  interviewCounts: sql<[number, number, number]>`(
    select array[count(distinct si.id), count(si_by.user_id), count(sc.id) filter (where sc.status = 'submitted')]::int[]
    from ${scheduledInterviews} si
    left join ${scheduledInterviewers} si_by on si_by.scheduled_interview_id = si.id
    left join ${scorecards} sc on sc.scheduled_interview_id = si.id and sc.interviewer_user_id = si_by.user_id
    where si.application_id = ${applications.id} and si.status = 'scheduled')`.as("interview_counts"),
};

interface CardQuery {
  requisitionId: string;
  sort: PipelineSort;
  nameFilter: SQL | undefined;
  /** Cards fetched per column: a page and one more, which says whether there are more. */
  limit: number;
  /** The active columns to fill. */
  stageFilter: SQL;
}

/**
 * The first cards of several columns in one query: a LATERAL subquery per active stage, each an
 * index scan with a LIMIT on (requisition, stage, order) that stops after its page. One query for
 * the whole board instead of one per column, tags included: every query a page makes costs both
 * processes a round trip, whatever it returns.
 */
function cardsOfColumns({ requisitionId, sort, nameFilter, limit, stageFilter }: CardQuery) {
  const db = getDb();
  // Each order is one index's (applications_board_time_idx, read backwards for the newest first, or applications_board_evidence_idx).
  const order = <T extends { evidenceSortKey: unknown; stageEnteredAt: unknown; id: unknown }>(row: T) =>
    sort === "newest"
      ? [sql`${row.stageEnteredAt} desc`, sql`${row.id} desc`]
      : [...(sort === "required-met" ? [sql`${row.evidenceSortKey} desc nulls last`] : []), sql`${row.stageEnteredAt} asc`, sql`${row.id} asc`];
  const column = db
    .select({ ...cardColumns, evidenceSortKey: applications.evidenceSortKey })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.requisitionId, requisitionId), eq(applications.stageId, stages.id), isNull(applications.withdrawnAt), nameFilter))
    .orderBy(...order(applications))
    .limit(limit)
    .as("card");
  // The subquery's own (aliased) columns, nested under `card`: drizzle selects a subquery field by field.
  const card = Object.fromEntries(Object.keys(cardColumns).map((key) => [key, column[key as keyof typeof cardColumns]])) as {
    [K in keyof typeof cardColumns]: (typeof column)[K];
  };
  return db
    .select({ stageId: stages.id, card })
    .from(stages)
    .innerJoinLateral(column, sql`true`)
    .where(and(eq(stages.requisitionId, requisitionId), isNull(stages.archivedAt), eq(stages.kind, "active"), stageFilter))
    // A join's rows come in no promised order: each column's cards are put in its order again.
    .orderBy(asc(stages.position), ...order(column));
}

/**
 * The board: the requisition's stages in order with complete counts, and for each active stage
 * its first cards (newest in stage first, longest in stage first, or most required qualifications met). Two queries, run
 * side by side, whatever the number of stages or applications: the columns with their counts, and
 * the cards of every column (and a third for a column shown further). The requisition and its
 * qualification totals come with the access check.
 */
export async function getRequisitionPipeline(actor: Actor, requisitionId: string, options: PipelineOptions | PipelineSort = {}) {
  const { sort = "newest", q, expand } = typeof options === "string" ? { sort: options } : options;
  const { requisition, status, access, qualificationTotals } = await getDashboardRequisition(actor, requisitionId);
  const showsApplications = canViewApplications(actor, access);
  const nameFilter = q?.trim() ? ilike(sql`${candidates.firstName} || ' ' || ${candidates.lastName}`, likePattern(q.trim())) : undefined;
  const expandedPages = expand ? Math.min(Math.max(1, expand.pages), 100) : 1;
  const pageOf = (stageId: string) => (expand?.stageId === stageId ? expandedPages : 1) * CARDS_PER_PAGE;
  const [stageRows, cardRows, expandedRows] = await Promise.all([
    readBoardStages(requisitionId),
    showsApplications
      ? cardsOfColumns({ requisitionId, sort, nameFilter, limit: CARDS_PER_PAGE + 1, stageFilter: expand ? ne(stages.id, expand.stageId) : sql`true` })
      : Promise.resolve([]),
    showsApplications && expand
      ? cardsOfColumns({ requisitionId, sort, nameFilter, limit: expandedPages * CARDS_PER_PAGE + 1, stageFilter: eq(stages.id, expand.stageId) })
      : Promise.resolve([]),
  ]);
  const rowsByStage = new Map<string, (typeof cardRows)[number]["card"][]>();
  for (const { stageId, card } of [...cardRows, ...expandedRows]) {
    const rows = rowsByStage.get(stageId);
    if (rows) rows.push(card);
    else rowsByStage.set(stageId, [card]);
  }
  return {
    requisition: { id: requisition.id, title: requisition.title, slug: requisition.slug, status },
    showsApplications,
    access,
    qualificationTotals,
    canEdit: canEditRequisition(actor, access),
    canChangeStatus: canChangeRequisitionStatus(actor),
    canMove: canMoveApplications(actor, access),
    withdrawnCount: showsApplications ? stageRows.reduce((sum, stage) => sum + stage.withdrawn, 0) : 0,
    stages: stageRows.map(({ withdrawn: _withdrawn, ...stage }): BoardStage => {
      const rows = rowsByStage.get(stage.id) ?? [];
      const limit = pageOf(stage.id);
      return {
        ...stage,
        count: showsApplications ? stage.count : 0,
        hasMore: rows.length > limit,
        applications: rows.slice(0, limit).map(({ firstName, lastName, interviewCounts: [scheduled, scorecardsDue, scorecardsSubmitted], ...card }) => ({
          ...card,
          candidateName: `${firstName} ${lastName}`,
          // Most cards have none: null keeps them small in the page's data.
          interviews: scheduled > 0 ? { scheduled, scorecardsDue, scorecardsSubmitted } : null,
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
