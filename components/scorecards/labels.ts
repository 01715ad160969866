import { ratingLabels, type ScorecardRating } from "@/lib/domain/scorecard-types";

export function ratingLabel(rating: ScorecardRating | null | undefined): string {
  return rating ? ratingLabels[rating] : "—";
}
