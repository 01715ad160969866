import type { Actor } from "./actor";
import type { ScorecardRating, ScorecardRecommendation } from "./scorecard-types";

/**
 * A submitted scorecard is final; the one way to change it is an amendment with a reason, kept with
 * what the scorecard said before. Its author may amend it, and so may an admin (to correct an
 * entry made on the wrong candidate, say); the rest of the hiring team reads it but never rewrites it.
 */
export function canAmendScorecard(actor: Actor, scorecard: { authorId: string; status: "draft" | "submitted" }): boolean {
  if (scorecard.status !== "submitted" || actor.kind !== "user") return false;
  return actor.id === scorecard.authorId || actor.role === "admin";
}

export const AMENDMENT_REASON_MAX = 2_000;

/** What a scorecard said, as stored in scorecard_amendments.previous and compared to spot a no-op. */
export interface ScorecardContent {
  overallRecommendation: ScorecardRecommendation | null;
  keyTakeaways: string;
  ratings: { attributeId: string; rating: ScorecardRating | null; notes: string }[];
}

/** Ratings without a rating and without notes say nothing, so they are left out before comparing. */
export function normalizeContent(content: ScorecardContent): ScorecardContent {
  const ratings = content.ratings
    .filter((r) => r.rating !== null || r.notes.trim() !== "")
    .map((r) => ({ attributeId: r.attributeId, rating: r.rating, notes: r.notes }))
    .sort((a, b) => a.attributeId.localeCompare(b.attributeId));
  return { overallRecommendation: content.overallRecommendation, keyTakeaways: content.keyTakeaways, ratings };
}

export function sameContent(a: ScorecardContent, b: ScorecardContent): boolean {
  return JSON.stringify(normalizeContent(a)) === JSON.stringify(normalizeContent(b));
}
