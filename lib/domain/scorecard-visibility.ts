/**
 * Blind scorecards: an interviewer forms their own view before reading anyone else's. Until every
 * scorecard the interviewer owes on an application is submitted, other interviewers' scorecards for
 * that application stay hidden from them. The hiring manager, recruiters and admins see all.
 */
export interface ScorecardViewer {
  seesAll: boolean;
  /** The statuses of the viewer's own scorecards on this application, one per interview they are on ("missing" if never started). */
  ownScorecards: readonly ("missing" | "draft" | "submitted")[];
}

export function canSeeOthersScorecards(viewer: ScorecardViewer): boolean {
  if (viewer.seesAll) return true;
  return viewer.ownScorecards.length > 0 && viewer.ownScorecards.every((status) => status === "submitted");
}

/** Past interviews whose scorecard is not in after a day are overdue. */
export const SCORECARD_DUE_AFTER_MS = 24 * 60 * 60 * 1000;

export type InterviewDueState = "upcoming" | "due" | "overdue" | "done";

export function interviewDueState(endsAt: Date, submitted: boolean, now: Date): InterviewDueState {
  if (submitted) return "done";
  if (endsAt.getTime() > now.getTime()) return "upcoming";
  return now.getTime() - endsAt.getTime() > SCORECARD_DUE_AFTER_MS ? "overdue" : "due";
}
