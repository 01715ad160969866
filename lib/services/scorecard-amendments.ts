import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { scorecardAmendments, scorecardAttributeRatings, scorecards } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { AMENDMENT_REASON_MAX, canAmendScorecard, normalizeContent, sameContent, type ScorecardContent } from "@/lib/domain/scorecard-amendment";
import { scorecardRecommendations } from "@/lib/domain/scorecard-types";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { loadVisibleInterview } from "./interviews-access";
import { publishChange } from "./live-events";
import { loadAttributes } from "./scorecards-read";
import { saveScorecardSchema } from "./scorecards";

export const amendScorecardSchema = z.strictObject({
  scorecardId: z.uuid(),
  reason: z.string().trim().min(1, "Give a reason for the amendment.").max(AMENDMENT_REASON_MAX, `Use at most ${AMENDMENT_REASON_MAX.toLocaleString("en")} characters.`),
  keyTakeaways: saveScorecardSchema.shape.keyTakeaways,
  overallRecommendation: z.enum(scorecardRecommendations, "Choose an overall recommendation."),
  ratings: saveScorecardSchema.shape.ratings,
});
export type AmendScorecardInput = z.input<typeof amendScorecardSchema>;

/**
 * Changes a submitted scorecard. The content before the change goes to scorecard_amendments with the
 * reason, and the audit row is written, in the same transaction as the change; `submitted_at` keeps the
 * original submission time, so calibration's on-time figure cannot be gamed by amending.
 */
export async function amendScorecard(actor: Actor, input: AmendScorecardInput, now = new Date()) {
  const parsed = amendScorecardSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The amendment could not be saved.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const data = parsed.data;
  return getDb().transaction(async (tx) => {
    const [found] = await tx.select({ interviewId: scorecards.scheduledInterviewId }).from(scorecards).where(eq(scorecards.id, data.scorecardId)).limit(1);
    if (!found || actor.kind !== "user") throw new NotFoundError("That scorecard");
    const { interview, requisitionId } = await loadVisibleInterview(tx, actor, found.interviewId);
    const [card] = await tx.select().from(scorecards).where(eq(scorecards.id, data.scorecardId)).for("update");
    if (!card) throw new NotFoundError("That scorecard");
    const isAuthor = card.interviewerUserId === actor.id;
    // A draft is its author's alone: to anyone else it does not exist, and its author saves it instead.
    if (card.status !== "submitted") {
      if (isAuthor) throw new ConflictError("This scorecard is still a draft: save or submit it instead.");
      throw new NotFoundError("That scorecard");
    }
    if (!canAmendScorecard(actor, { authorId: card.interviewerUserId, status: card.status })) throw new NotFoundError("That scorecard");
    if (interview.status !== "scheduled") throw new ConflictError("This interview was cancelled.");
    const attributeIds = new Set((await loadAttributes(tx, [interview.id])).map((a) => a.id));
    if (!data.ratings.every((r) => attributeIds.has(r.attributeId))) throw new ValidationError("The amendment could not be saved.", { ratings: ["Rate only this interview's attributes."] });

    const previousRatings = await tx.select().from(scorecardAttributeRatings).where(eq(scorecardAttributeRatings.scorecardId, card.id));
    const previous: ScorecardContent = normalizeContent({
      overallRecommendation: card.overallRecommendation,
      keyTakeaways: card.keyTakeaways,
      ratings: previousRatings.map((r) => ({ attributeId: r.attributeId, rating: r.rating, notes: r.notes })),
    });
    const next: ScorecardContent = normalizeContent({
      overallRecommendation: data.overallRecommendation,
      keyTakeaways: data.keyTakeaways,
      ratings: data.ratings.map((r) => ({ attributeId: r.attributeId, rating: r.rating ?? null, notes: r.notes })),
    });
    if (sameContent(previous, next)) throw new ValidationError("Nothing changed: change the scorecard to amend it.", {});

    const [amendment] = await tx
      .insert(scorecardAmendments)
      .values({ scorecardId: card.id, amendedByUserId: actor.id, reason: data.reason, previous: { ...previous, submittedAt: card.submittedAt?.toISOString() ?? null, updatedAt: card.updatedAt.toISOString() }, createdAt: now })
      .returning({ id: scorecardAmendments.id });
    if (!amendment) throw new Error("The amendment insert returned no row.");
    await tx.update(scorecards).set({ keyTakeaways: next.keyTakeaways, overallRecommendation: data.overallRecommendation, updatedAt: now }).where(eq(scorecards.id, card.id));
    await tx.delete(scorecardAttributeRatings).where(eq(scorecardAttributeRatings.scorecardId, card.id));
    if (next.ratings.length > 0) await tx.insert(scorecardAttributeRatings).values(next.ratings.map((r) => ({ scorecardId: card.id, ...r })));
    // Ids and choices only in the audit row: the reason is free text and lives in scorecard_amendments.
    await writeAudit(tx, actor, {
      action: "scorecard.amend",
      targetType: "application",
      targetId: interview.applicationId,
      details: { interviewId: interview.id, scorecardId: card.id, amendmentId: amendment.id, authorUserId: card.interviewerUserId, from: card.overallRecommendation, to: data.overallRecommendation },
    });
    // The same signal as a submission: the scorecard's submitted content changed. Ids only, as always.
    await publishChange(tx, { kind: "scorecard.submitted", requisitionId, applicationId: interview.applicationId });
    return { id: amendment.id, scorecardId: card.id, interviewId: interview.id };
  });
}
