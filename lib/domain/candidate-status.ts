import type { OfferStatus } from "./offer-types";
import type { StageKind } from "./requisition-types";
import { isOfferStage } from "./stage-moves";

/** How an application looks to the candidate: plain words, none of the team's internal stages. */
export const candidateStatuses = ["Received", "Under review", "Interviewing", "Offer", "Hired", "Not selected", "Withdrawn"] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

export interface StageForStatus {
  id: string;
  name: string;
  kind: StageKind;
  position: number;
}

/** What else the candidate may know about: a scheduled interview, and the newest offer's status. */
export interface StatusSignals {
  interviewScheduled: boolean;
  offerStatus: OfferStatus | null;
}

const noSignals: StatusSignals = { interviewScheduled: false, offerStatus: null };

/**
 * Withdrawn, then Not selected (rejected), then Hired. "Offer" only once an offer has been
 * extended: a draft or an approval is the team's business, so the Offer stage alone reads as
 * Interviewing. A scheduled interview reads as Interviewing too. Otherwise the first active stage
 * is "Received", the second "Under review", later ones "Interviewing".
 */
export function candidateStatusOf(current: StageForStatus, stages: readonly StageForStatus[], withdrawn: boolean, signals: StatusSignals = noSignals): CandidateStatus {
  if (withdrawn) return "Withdrawn";
  if (current.kind === "rejected") return "Not selected";
  if (current.kind === "hired") return "Hired";
  if (signals.offerStatus === "extended" || signals.offerStatus === "accepted") return "Offer";
  if (signals.interviewScheduled || isOfferStage(current)) return "Interviewing";
  const active = stages.filter((s) => s.kind === "active").sort((a, b) => a.position - b.position);
  const index = active.findIndex((s) => s.id === current.id);
  if (index <= 0) return "Received";
  return index === 1 ? "Under review" : "Interviewing";
}
