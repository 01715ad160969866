import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { applications, candidates, requisitions, scheduledInterviewers, scheduledInterviews, scorecardAttributeRatings, scorecards, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { seesAllScorecards } from "@/lib/domain/permissions";
import { canAmendScorecard } from "@/lib/domain/scorecard-amendment";
import { scorecardRatings, scorecardRecommendations } from "@/lib/domain/scorecard-types";
import { canSeeOthersScorecards } from "@/lib/domain/scorecard-visibility";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { loadApplicationForInterviews, loadVisibleInterview } from "./interviews-access";
import { publishChange } from "./live-events";
import { loadAttributes, loadScorecards, ownScorecardStatuses, type ScorecardAttribute, type ScorecardView } from "./scorecards-read";

export type { ScorecardAmendmentView, ScorecardAttribute, ScorecardView } from "./scorecards-read";

/**
 * One interview's scorecard page: the attributes, the actor's own scorecard, and the other
 * interviewers' submitted scorecards — null while the blind rule hides them from this actor.
 */
export async function getScorecardPage(actor: Actor, scheduledInterviewId: string) {
  const db = getDb();
  const { interview, access, isInterviewer } = await loadVisibleInterview(db, actor, scheduledInterviewId);
  const [[context], attributes] = await Promise.all([
    db
      .select({ firstName: candidates.firstName, lastName: candidates.lastName, jobTitle: requisitions.title })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(requisitions, eq(requisitions.id, applications.requisitionId))
      .where(eq(applications.id, interview.applicationId))
      .limit(1),
    loadAttributes(db, [interview.id]),
  ]);
  if (!context) throw new NotFoundError("That interview");
  const othersVisible = canSeeOthersScorecards({ seesAll: seesAllScorecards(actor, access), ownScorecards: await ownScorecardStatuses(db, actor, interview.applicationId) });
  const cards = await loadScorecards(db, actor, [interview.id], othersVisible);
  const own = cards.find((c) => actor.kind === "user" && c.interviewerId === actor.id) ?? null;
  return {
    interview: { id: interview.id, title: interview.title, startsAt: interview.startsAt, durationMinutes: interview.durationMinutes, timeZone: interview.timeZone, status: interview.status, applicationId: interview.applicationId },
    candidateName: `${context.firstName} ${context.lastName}`,
    jobTitle: context.jobTitle,
    attributes: attributes.map(({ id, label, qualificationId }): ScorecardAttribute => ({ id, label, qualificationId })),
    canFill: isInterviewer && interview.status === "scheduled" && own?.status !== "submitted",
    /** Submitted scorecards on this page the actor may amend (their own; an admin's, any). */
    amendableIds: interview.status === "scheduled" ? cards.filter((c) => canAmendScorecard(actor, { authorId: c.interviewerId, status: c.status })).map((c) => c.id) : [],
    own,
    others: othersVisible ? cards.filter((c) => c !== own) : null,
  };
}

export const saveScorecardSchema = z.strictObject({
  scheduledInterviewId: z.uuid(),
  intent: z.enum(["draft", "submit"]),
  keyTakeaways: z.string().max(10_000, "Use at most 10,000 characters.").default(""),
  overallRecommendation: z.enum(scorecardRecommendations).optional(),
  ratings: z
    .array(z.strictObject({ attributeId: z.uuid(), rating: z.enum(scorecardRatings).optional(), notes: z.string().max(5_000, "Use at most 5,000 characters.").default("") }))
    .max(100)
    .default([]),
});
export type SaveScorecardInput = z.input<typeof saveScorecardSchema>;

/**
 * Saves the actor's scorecard for an interview they are on: a draft as often as they like (the page
 * autosaves one while they type), then one submission, which needs an overall recommendation and is
 * final: after it, a draft save is refused and only an amendment (scorecard-amendments.ts) changes it.
 */
export async function saveScorecard(actor: Actor, input: SaveScorecardInput, now = new Date()) {
  const parsed = saveScorecardSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The scorecard could not be saved.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const data = parsed.data;
  if (data.intent === "submit" && !data.overallRecommendation) throw new ValidationError("Choose an overall recommendation to submit.", { overallRecommendation: ["Choose an overall recommendation."] });
  return getDb().transaction(async (tx) => {
    const { interview, isInterviewer, requisitionId } = await loadVisibleInterview(tx, actor, data.scheduledInterviewId);
    if (!isInterviewer || actor.kind !== "user") throw new NotFoundError("That interview");
    if (interview.status !== "scheduled") throw new ConflictError("This interview was cancelled.");
    const attributeIds = new Set((await loadAttributes(tx, [interview.id])).map((a) => a.id));
    if (!data.ratings.every((r) => attributeIds.has(r.attributeId))) throw new ValidationError("The scorecard could not be saved.", { ratings: ["Rate only this interview's attributes."] });
    await tx.insert(scorecards).values({ scheduledInterviewId: interview.id, interviewerUserId: actor.id, createdAt: now, updatedAt: now }).onConflictDoNothing();
    const [card] = await tx.select().from(scorecards).where(and(eq(scorecards.scheduledInterviewId, interview.id), eq(scorecards.interviewerUserId, actor.id))).for("update");
    if (!card) throw new Error("The scorecard upsert returned no row.");
    if (card.status === "submitted") throw new ConflictError("This scorecard was submitted and can no longer change.");
    const submitting = data.intent === "submit";
    await tx
      .update(scorecards)
      .set({ keyTakeaways: data.keyTakeaways, overallRecommendation: data.overallRecommendation ?? null, status: submitting ? "submitted" : "draft", submittedAt: submitting ? now : null, updatedAt: now })
      .where(eq(scorecards.id, card.id));
    await tx.delete(scorecardAttributeRatings).where(eq(scorecardAttributeRatings.scorecardId, card.id));
    const ratings = data.ratings.filter((r) => r.rating || r.notes.trim());
    if (ratings.length > 0) await tx.insert(scorecardAttributeRatings).values(ratings.map((r) => ({ scorecardId: card.id, attributeId: r.attributeId, rating: r.rating ?? null, notes: r.notes })));
    if (submitting) {
      await writeAudit(tx, actor, { action: "scorecard.submit", targetType: "application", targetId: interview.applicationId, details: { interviewId: interview.id, scorecardId: card.id, overallRecommendation: data.overallRecommendation } });
      await publishChange(tx, { kind: "scorecard.submitted", requisitionId, applicationId: interview.applicationId });
    }
    return { id: card.id, status: submitting ? ("submitted" as const) : ("draft" as const), savedAt: now };
  });
}

export interface ScorecardMatrixInterview {
  id: string;
  title: string;
  startsAt: Date;
  status: "scheduled" | "cancelled";
  attributes: ScorecardAttribute[];
  /** Every interviewer on the interview; `scorecard` is null while theirs is missing (or hidden from this actor). */
  interviewers: { id: string; name: string; scorecard: ScorecardView | null }[];
}

/** The scorecard summary of an application: attributes × interviewers for each interview, under the blind rule. */
export async function getScorecardMatrix(actor: Actor, applicationId: string): Promise<{ othersVisible: boolean; interviews: ScorecardMatrixInterview[] }> {
  const db = getDb();
  const { row, access } = await loadApplicationForInterviews(db, actor, applicationId);
  const othersVisible = canSeeOthersScorecards({ seesAll: seesAllScorecards(actor, access), ownScorecards: await ownScorecardStatuses(db, actor, row.id) });
  const interviewRows = await db.select().from(scheduledInterviews).where(eq(scheduledInterviews.applicationId, row.id)).orderBy(asc(scheduledInterviews.startsAt));
  const ids = interviewRows.map((i) => i.id);
  const [attributes, people, cards] = await Promise.all([
    loadAttributes(db, ids),
    ids.length > 0 ? db.select({ interviewId: scheduledInterviewers.scheduledInterviewId, id: users.id, name: users.name }).from(scheduledInterviewers).innerJoin(users, eq(users.id, scheduledInterviewers.userId)).where(inArray(scheduledInterviewers.scheduledInterviewId, ids)).orderBy(asc(users.name)) : Promise.resolve([]),
    loadScorecards(db, actor, ids, othersVisible),
  ]);
  const visibleInterviews = seesAllScorecards(actor, access) ? interviewRows : interviewRows.filter((i) => people.some((p) => p.interviewId === i.id && actor.kind === "user" && p.id === actor.id));
  return {
    othersVisible,
    interviews: visibleInterviews.map((i) => ({
      id: i.id,
      title: i.title,
      startsAt: i.startsAt,
      status: i.status,
      attributes: attributes.filter((a) => a.interviewId === i.id).map(({ id, label, qualificationId }) => ({ id, label, qualificationId })),
      interviewers: people.filter((p) => p.interviewId === i.id).map((p) => ({ id: p.id, name: p.name, scorecard: cards.find((c) => c.interviewId === i.id && c.interviewerId === p.id) ?? null })),
    })),
  };
}
