import type { Actor } from "./actor";
import { percentage } from "./report-definitions";
import type { ScorecardRecommendation } from "./scorecard-types";
import { SCORECARD_DUE_AFTER_MS } from "./scorecard-visibility";

/**
 * Interviewer calibration: how each interviewer's scorecards compare with their panels and with
 * the decisions that followed. Pure maths over one row per scorecard owed; the SQL that feeds it is
 * lib/services/reports-interviewers.ts, and the footnotes below say the same thing in words.
 */
export const recommendationScores: Record<ScorecardRecommendation, number> = { strong_no: 1, no: 2, yes: 3, strong_yes: 4 };

/** One scorecard an interviewer owes on a (not cancelled) interview, submitted or not. */
export interface OwedScorecard {
  interviewerId: string;
  applicationId: string;
  interviewEndsAt: Date;
  /** Null while the scorecard is a draft or was never started. */
  submittedAt: Date | null;
  recommendation: ScorecardRecommendation | null;
  /** The application's final decision: in a hired stage, or closed by us (not withdrawn); null while open. */
  decision: "hired" | "rejected" | null;
}

export interface InterviewerCalibration {
  interviewerId: string;
  submitted: number;
  /** Submitted scorecards plus missing ones more than a day past their interview. */
  due: number;
  onTime: number;
  /** Percent of due scorecards submitted within a day of the interview's end. */
  onTimeRate: number | null;
  distribution: Record<ScorecardRecommendation, number>;
  /** Own mean score minus the other panelists' mean on the same candidates; null without shared candidates. */
  leniency: number | null;
  /** Submitted scorecards on candidates with a final decision. */
  decided: number;
  agreed: number;
  /** Percent of `decided` whose recommendation points the same way as the decision. */
  agreementRate: number | null;
}

export const calibrationDefinitions = {
  submitted: "Submitted: scorecards the interviewer has submitted, on interviews that were not cancelled.",
  onTime:
    "On time: scorecards submitted within 24 hours of the interview’s end, as a share of those due — every submitted scorecard plus every one still missing more than 24 hours after its interview.",
  distribution: "Strong no … Strong yes: how many submitted scorecards gave each overall recommendation.",
  leniency:
    "Leniency: the interviewer’s mean overall recommendation (Strong no = 1, No = 2, Yes = 3, Strong yes = 4) minus the mean of the other interviewers’ submitted recommendations on the same candidates, over candidates that at least one other interviewer scored. Above 0 is more lenient than the panel, below 0 stricter; blank when no candidate was shared.",
  agreement:
    "Agreement with the decision: of the submitted scorecards on candidates with a final decision (hired now, or closed by the hiring team; withdrawals and open candidates do not count), the share recommending Yes or Strong yes for a hire, or No or Strong no for a rejection.",
} as const;

const DECIMALS = 100;

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function agrees(recommendation: ScorecardRecommendation, decision: "hired" | "rejected"): boolean {
  const positive = recommendation === "yes" || recommendation === "strong_yes";
  return decision === "hired" ? positive : !positive;
}

function isOnTime(card: OwedScorecard): boolean {
  return card.submittedAt !== null && card.submittedAt.getTime() - card.interviewEndsAt.getTime() <= SCORECARD_DUE_AFTER_MS;
}

function isDue(card: OwedScorecard, now: Date): boolean {
  return card.submittedAt !== null || now.getTime() - card.interviewEndsAt.getTime() > SCORECARD_DUE_AFTER_MS;
}

/** Figures per interviewer (everyone who owes at least one scorecard), in first-seen order. */
export function calibrateInterviewers(cards: readonly OwedScorecard[], now: Date): InterviewerCalibration[] {
  type Scored = OwedScorecard & { recommendation: ScorecardRecommendation; submittedAt: Date };
  const scored = cards.filter((c): c is Scored => c.submittedAt !== null && c.recommendation !== null);
  const byApplication = new Map<string, Scored[]>();
  for (const card of scored) byApplication.set(card.applicationId, [...(byApplication.get(card.applicationId) ?? []), card]);
  const byInterviewer = new Map<string, OwedScorecard[]>();
  for (const card of cards) byInterviewer.set(card.interviewerId, [...(byInterviewer.get(card.interviewerId) ?? []), card]);

  return [...byInterviewer].map(([interviewerId, own]): InterviewerCalibration => {
    const ownScored = scored.filter((c) => c.interviewerId === interviewerId);
    const due = own.filter((c) => isDue(c, now)).length;
    const onTime = own.filter(isOnTime).length;
    const distribution: Record<ScorecardRecommendation, number> = { strong_no: 0, no: 0, yes: 0, strong_yes: 0 };
    for (const card of ownScored) distribution[card.recommendation] += 1;

    const sharedApplications = new Set(ownScored.map((c) => c.applicationId).filter((id) => (byApplication.get(id) ?? []).some((c) => c.interviewerId !== interviewerId)));
    const ownShared = ownScored.filter((c) => sharedApplications.has(c.applicationId)).map((c) => recommendationScores[c.recommendation]);
    const panelShared = [...sharedApplications].flatMap((id) => (byApplication.get(id) ?? []).filter((c) => c.interviewerId !== interviewerId).map((c) => recommendationScores[c.recommendation]));
    const leniency = ownShared.length > 0 ? Math.round((mean(ownShared) - mean(panelShared)) * DECIMALS) / DECIMALS : null;

    const decided = ownScored.filter((c): c is Scored & { decision: "hired" | "rejected" } => c.decision !== null);
    const agreed = decided.filter((c) => agrees(c.recommendation, c.decision)).length;
    return {
      interviewerId,
      submitted: ownScored.length,
      due,
      onTime,
      onTimeRate: percentage(onTime, due),
      distribution,
      leniency,
      decided: decided.length,
      agreed,
      agreementRate: percentage(agreed, decided.length),
    };
  });
}

/** Calibration compares people with each other: admins and recruiters only, never hiring managers or interviewers. */
export function canViewInterviewerCalibration(actor: Actor): boolean {
  return actor.kind === "user" && (actor.role === "admin" || actor.role === "recruiter");
}
