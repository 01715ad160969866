import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { scheduledInterviews, scorecardAmendments, scorecards, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { seesAllScorecards, type RequisitionAccess } from "@/lib/domain/permissions";
import type { ScorecardRecommendation } from "@/lib/domain/scorecard-types";
import { canSeeOthersScorecards } from "@/lib/domain/scorecard-visibility";
import { ownScorecardStatuses } from "./scorecards-read";

export type ScorecardTimelineEntry =
  | { kind: "scorecard"; id: string; at: Date; interviewerName: string; interviewTitle: string; recommendation: ScorecardRecommendation | null }
  | {
      kind: "scorecard_amended";
      id: string;
      at: Date;
      amendedByName: string;
      /** The interviewer amended their own scorecard (an admin may amend anyone's). */
      byAuthor: boolean;
      interviewerName: string;
      interviewTitle: string;
      from: ScorecardRecommendation | null;
      to: ScorecardRecommendation | null;
      reason: string;
    };

/**
 * Submissions and amendments of an application's scorecards, newest first, under the blind rule: an
 * actor who has not submitted every scorecard they owe gets only their own. The application page
 * shows the timeline to the hiring team only, but the rule is applied here as well so that no later
 * caller can leak a scorecard through it. Drafts never appear.
 */
export async function scorecardTimelineEntries(db: Executor, actor: Actor, applicationId: string, access: RequisitionAccess, limit: number): Promise<ScorecardTimelineEntry[]> {
  const othersVisible = canSeeOthersScorecards({ seesAll: seesAllScorecards(actor, access), ownScorecards: await ownScorecardStatuses(db, actor, applicationId) });
  const ownId = actor.kind === "user" ? actor.id : null;
  if (!othersVisible && ownId === null) return [];
  const interviewer = alias(users, "interviewer");
  const cards = await db
    .select({ id: scorecards.id, interviewerId: scorecards.interviewerUserId, at: scorecards.submittedAt, recommendation: scorecards.overallRecommendation, interviewerName: interviewer.name, interviewTitle: scheduledInterviews.title })
    .from(scorecards)
    .innerJoin(scheduledInterviews, eq(scheduledInterviews.id, scorecards.scheduledInterviewId))
    .innerJoin(interviewer, eq(interviewer.id, scorecards.interviewerUserId))
    .where(
      and(
        eq(scheduledInterviews.applicationId, applicationId),
        eq(scorecards.status, "submitted"),
        othersVisible ? undefined : eq(scorecards.interviewerUserId, ownId ?? ""),
      ),
    )
    .orderBy(desc(scorecards.submittedAt), desc(scorecards.id))
    .limit(limit);
  if (cards.length === 0) return [];
  const amendments = await db
    .select({
      id: scorecardAmendments.id,
      scorecardId: scorecardAmendments.scorecardId,
      at: scorecardAmendments.createdAt,
      reason: scorecardAmendments.reason,
      amendedByName: users.name,
      amendedById: scorecardAmendments.amendedByUserId,
      from: sql<ScorecardRecommendation | null>`${scorecardAmendments.previous}->>'overallRecommendation'`,
    })
    .from(scorecardAmendments)
    .innerJoin(users, eq(users.id, scorecardAmendments.amendedByUserId))
    .where(inArray(scorecardAmendments.scorecardId, cards.map((c) => c.id)))
    .orderBy(asc(scorecardAmendments.createdAt), asc(scorecardAmendments.id));

  const entries = cards.flatMap((card): ScorecardTimelineEntry[] => {
    const own = amendments.filter((a) => a.scorecardId === card.id);
    // Each amendment stored what the scorecard said before it, so the recommendation after one
    // amendment is what the next one replaced, and after the last one it is the current value.
    const after = (i: number) => (i + 1 < own.length ? (own[i + 1]?.from ?? null) : card.recommendation);
    const submitted: ScorecardTimelineEntry = {
      kind: "scorecard",
      id: card.id,
      at: card.at ?? new Date(0),
      interviewerName: card.interviewerName,
      interviewTitle: card.interviewTitle,
      recommendation: own[0] ? own[0].from : card.recommendation,
    };
    return [
      submitted,
      ...own.map((a, i): ScorecardTimelineEntry => ({
        kind: "scorecard_amended",
        id: a.id,
        at: a.at,
        amendedByName: a.amendedByName,
        byAuthor: a.amendedById === card.interviewerId,
        interviewerName: card.interviewerName,
        interviewTitle: card.interviewTitle,
        from: a.from,
        to: after(i),
        reason: a.reason,
      })),
    ];
  });
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id));
}
