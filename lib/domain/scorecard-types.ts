/** Per-attribute ratings; "not assessed" is an answer, not a missing one. */
export const scorecardRatings = ["strong_no", "no", "yes", "strong_yes", "not_assessed"] as const;
export type ScorecardRating = (typeof scorecardRatings)[number];

export const scorecardRecommendations = ["strong_no", "no", "yes", "strong_yes"] as const;
export type ScorecardRecommendation = (typeof scorecardRecommendations)[number];

export const ratingLabels: Record<ScorecardRating, string> = {
  strong_no: "Strong no",
  no: "No",
  yes: "Yes",
  strong_yes: "Strong yes",
  not_assessed: "Not assessed",
};
