import type { StageKind } from "./requisition-types";

/** How an application looks to the candidate: plain words, none of the team's internal stages. */
export const candidateStatuses = ["Received", "Under review", "Interviewing", "Offer", "Not selected", "Withdrawn"] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

export interface StageForStatus {
  id: string;
  name: string;
  kind: StageKind;
  position: number;
}

/**
 * The first active stage is "Received", the second "Under review", later ones "Interviewing"; a
 * stage named like an offer, and Hired, show "Offer". Rejected shows "Not selected", and a
 * withdrawal always shows "Withdrawn".
 */
export function candidateStatusOf(current: StageForStatus, stages: readonly StageForStatus[], withdrawn: boolean): CandidateStatus {
  if (withdrawn) return "Withdrawn";
  if (current.kind === "rejected") return "Not selected";
  if (current.kind === "hired" || /\boffer\b/i.test(current.name)) return "Offer";
  const active = stages.filter((s) => s.kind === "active").sort((a, b) => a.position - b.position);
  const index = active.findIndex((s) => s.id === current.id);
  if (index <= 0) return "Received";
  return index === 1 ? "Under review" : "Interviewing";
}
