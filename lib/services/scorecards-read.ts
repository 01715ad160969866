import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { scheduledInterviewAttributes, scheduledInterviewers, scheduledInterviews, scorecardAmendments, scorecardAttributeRatings, scorecards, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import type { ScorecardRating, ScorecardRecommendation } from "@/lib/domain/scorecard-types";

export interface ScorecardAttribute {
  id: string;
  label: string;
  qualificationId: string | null;
}

export interface ScorecardView {
  id: string;
  interviewerId: string;
  interviewerName: string;
  status: "draft" | "submitted";
  keyTakeaways: string;
  overallRecommendation: ScorecardRecommendation | null;
  submittedAt: Date | null;
  /** When the author (or an admin, amending) last saved it. */
  updatedAt: Date;
  ratings: Record<string, { rating: ScorecardRating | null; notes: string }>;
  /** Amendments after submission, oldest first; they travel with the scorecard, so the blind rule covers them too. */
  amendments: ScorecardAmendmentView[];
}

export interface ScorecardAmendmentView {
  id: string;
  at: Date;
  amendedByName: string;
  reason: string;
}

export async function loadAttributes(db: Executor, interviewIds: readonly string[]) {
  if (interviewIds.length === 0) return [];
  return db
    .select({ interviewId: scheduledInterviewAttributes.scheduledInterviewId, id: scheduledInterviewAttributes.id, label: scheduledInterviewAttributes.label, qualificationId: scheduledInterviewAttributes.qualificationId })
    .from(scheduledInterviewAttributes)
    .where(inArray(scheduledInterviewAttributes.scheduledInterviewId, [...interviewIds]))
    .orderBy(asc(scheduledInterviewAttributes.position));
}

/**
 * Scorecards of the given interviews, filtered BEFORE anything leaves this module: the actor's own
 * (drafts included), and other people's only when submitted and `othersVisible` says so.
 */
export async function loadScorecards(db: Executor, actor: Actor, interviewIds: readonly string[], othersVisible: boolean): Promise<(ScorecardView & { interviewId: string })[]> {
  if (interviewIds.length === 0) return [];
  const ownId = actor.kind === "user" ? actor.id : null;
  const rows = await db
    .select({ card: scorecards, interviewerName: users.name })
    .from(scorecards)
    .innerJoin(users, eq(users.id, scorecards.interviewerUserId))
    .where(inArray(scorecards.scheduledInterviewId, [...interviewIds]))
    .orderBy(asc(users.name));
  const allowed = rows.filter(({ card }) => card.interviewerUserId === ownId || (othersVisible && card.status === "submitted"));
  const allowedIds = allowed.map((r) => r.card.id);
  const [ratingRows, amendmentRows] =
    allowedIds.length > 0
      ? await Promise.all([
          db.select().from(scorecardAttributeRatings).where(inArray(scorecardAttributeRatings.scorecardId, allowedIds)),
          db
            .select({ id: scorecardAmendments.id, scorecardId: scorecardAmendments.scorecardId, at: scorecardAmendments.createdAt, amendedByName: users.name, reason: scorecardAmendments.reason })
            .from(scorecardAmendments)
            .innerJoin(users, eq(users.id, scorecardAmendments.amendedByUserId))
            .where(inArray(scorecardAmendments.scorecardId, allowedIds))
            .orderBy(asc(scorecardAmendments.createdAt), asc(scorecardAmendments.id)),
        ])
      : [[], []];
  return allowed.map(({ card, interviewerName }) => ({
    id: card.id,
    interviewId: card.scheduledInterviewId,
    interviewerId: card.interviewerUserId,
    interviewerName,
    status: card.status,
    keyTakeaways: card.keyTakeaways,
    overallRecommendation: card.overallRecommendation,
    submittedAt: card.submittedAt,
    updatedAt: card.updatedAt,
    ratings: Object.fromEntries(ratingRows.filter((r) => r.scorecardId === card.id).map((r) => [r.attributeId, { rating: r.rating, notes: r.notes }])),
    amendments: amendmentRows.filter((a) => a.scorecardId === card.id).map(({ id, at, amendedByName, reason }) => ({ id, at, amendedByName, reason })),
  }));
}

/** The statuses of the actor's own scorecards on an application, one per live interview they are on. */
export async function ownScorecardStatuses(db: Executor, actor: Actor, applicationId: string): Promise<("missing" | "draft" | "submitted")[]> {
  if (actor.kind !== "user") return [];
  const rows = await db
    .select({ status: scorecards.status })
    .from(scheduledInterviewers)
    .innerJoin(scheduledInterviews, eq(scheduledInterviews.id, scheduledInterviewers.scheduledInterviewId))
    .leftJoin(scorecards, and(eq(scorecards.scheduledInterviewId, scheduledInterviews.id), eq(scorecards.interviewerUserId, actor.id)))
    .where(and(eq(scheduledInterviewers.userId, actor.id), eq(scheduledInterviews.applicationId, applicationId), eq(scheduledInterviews.status, "scheduled")));
  return rows.map((r) => r.status ?? "missing");
}
