/**
 * Who may do what: every page, route handler and server action of the app, with the outcome each
 * kind of actor gets. This file is the single source for docs/authorization.md (npm run
 * docs:authorization) and for the tests that enumerate app/ and lib/actions/ (a route or action
 * without a row fails) and exercise every row with every actor against a real database.
 *
 * Adding a route or an action is one line in `routeRows` or `actionRows`, naming one of the
 * policies below (add a policy only for a genuinely new rule). Pure data: no imports from the app.
 */

/** The actors every row is checked with, relative to the row's target (this requisition, this application…). */
export const actors = [
  "admin",
  "recruiter",
  "managerOnTeam",
  "managerOffTeam",
  "interviewerScheduled",
  "interviewerNotScheduled",
  "candidate",
  "anonymous",
] as const;
export type ActorKey = (typeof actors)[number];

export const actorLabels: Record<ActorKey, string> = {
  admin: "Admin",
  recruiter: "Recruiter",
  managerOnTeam: "Hiring manager on this requisition",
  managerOffTeam: "Hiring manager not on it",
  interviewerScheduled: "Interviewer scheduled on this application",
  interviewerNotScheduled: "Interviewer on the team, not scheduled",
  candidate: "Candidate (holder of the status link)",
  anonymous: "Anonymous",
};

/**
 * allowed: the page renders / the action does its work (a redirect elsewhere counts as allowed).
 * not-found: exactly what a missing object answers (404, "… was not found."), so existence is not revealed.
 * sign-in: no session; dashboard pages redirect to /login (route handlers, called without the proxy, answer 404).
 * refused: the actor may see the object, and is told plainly that they may not do this to it.
 */
export const outcomes = ["allowed", "not-found", "sign-in", "refused"] as const;
export type Outcome = (typeof outcomes)[number];

export interface Policy {
  /** The rule in words, as docs/authorization.md prints it. */
  rule: string;
  outcomes: Record<ActorKey, Outcome>;
}

const row = (values: readonly Outcome[]): Record<ActorKey, Outcome> => {
  if (values.length !== actors.length) throw new Error(`a policy names ${values.length} outcomes for ${actors.length} actors`);
  return Object.fromEntries(actors.map((actor, i) => [actor, values[i]])) as Record<ActorKey, Outcome>;
};

const A = "allowed";
const N = "not-found";
const S = "sign-in";
const R = "refused";

//                       admin recruiter mgrOn mgrOff ivSched ivNot candidate anonymous
export const policies = {
  public: { rule: "Anyone; no session needed (the session, if any, is ignored)", outcomes: row([A, A, A, A, A, A, A, A]) },
  tokenHolder: { rule: "Only the holder of the application's status token; anyone else (a guessed or missing token) gets not-found", outcomes: row([N, N, N, N, N, N, A, N]) },
  signedIn: { rule: "Any signed-in user; what they see inside is filtered by the rules below", outcomes: row([A, A, A, A, A, A, S, S]) },
  recruiting: { rule: "Admins and recruiters (seesAllRequisitions)", outcomes: row([A, A, N, N, N, N, S, S]) },
  adminOnly: { rule: "Admins only", outcomes: row([A, N, N, N, N, N, S, S]) },
  requisitionTeam: { rule: "Admins, recruiters and anyone on the requisition's hiring team (canViewRequisitionInDashboard)", outcomes: row([A, A, A, N, A, A, S, S]) },
  requisitionEditors: { rule: "Admins, recruiters and the requisition's hiring manager (canEditRequisition)", outcomes: row([A, A, A, N, N, N, S, S]) },
  hiringTeam: { rule: "Admins, recruiters and the requisition's hiring manager: see and work on its applications (canViewApplications / canMoveApplications)", outcomes: row([A, A, A, N, N, N, S, S]) },
  hiringTeamOrScheduled: {
    rule: "The hiring team, plus an interviewer scheduled (not cancelled) on this application while still on the team (canViewApplication)",
    outcomes: row([A, A, A, N, A, N, S, S]),
  },
  reportReaders: { rule: "Admins, recruiters and hiring managers (canOpenReports); a hiring manager's figures cover only requisitions they manage", outcomes: row([A, A, A, A, N, N, S, S]) },
  requisitionReports: { rule: "Admins, recruiters and the requisition's hiring manager (canViewReports)", outcomes: row([A, A, A, N, N, N, S, S]) },
  scheduledInterviewer: { rule: "Only an interviewer on this interview; not even admins write someone else's scorecard", outcomes: row([N, N, N, N, A, N, S, S]) },
  mentionedUser: { rule: "Only the person mentioned (here: the recruiter); anyone else's mention is not-found", outcomes: row([N, A, N, N, N, N, S, S]) },
  noteAuthor: {
    rule: "Only the note's author (here: the hiring manager on the team), within 15 minutes; others who can see the note are told so, others get not-found",
    outcomes: row([R, R, A, N, N, N, S, S]),
  },
  scorecardAmenders: {
    rule: "The scorecard's author, and admins (to correct an entry made on the wrong candidate); the rest of the team reads it but may not rewrite it",
    outcomes: row([A, N, N, N, A, N, S, S]),
  },
  offerApprover: { rule: "Admins only approve offers; the rest of the hiring team sees the offer and is told so", outcomes: row([A, R, R, N, N, N, S, S]) },
  ownCredentials: { rule: "Anyone with an active account, with their own email and password; others get the one generic error", outcomes: row([A, A, A, A, A, A, R, R]) },
} satisfies Record<string, Policy>;
export type PolicyName = keyof typeof policies;

/** What a row's dynamic segments and placeholders point at, from the actor's point of view. */
export const targets = {
  none: "nothing in particular",
  requisition: "the requisition",
  application: "an application to the requisition",
  interview: "an interview of the application, with the scheduled interviewer on it",
  outboxMessage: "an email in the outbox",
  statusToken: "the application's status link",
  publicJob: "the requisition's public posting (open)",
  note: "a note on the application",
  mention: "a mention in a note on the application",
  rejection: "a rejection of the application with an email still waiting",
  candidates: "the application's candidate and another candidate",
  candidate: "the application's candidate",
  offer: "a drafted offer on the application",
  scorecard: "the scheduled interviewer's submitted scorecard",
} as const;
export type Target = keyof typeof targets;

export interface RouteRow {
  /** The app/ folder of the page or handler, as on disk ("/dashboard/applications/[id]"), or the metadata route's URL. */
  route: string;
  kind: "page" | "route" | "metadata";
  target: Target;
  /** Dynamic segments that take a fixed value rather than the target's id. */
  params?: Record<string, string>;
  /** Query string appended in the tests: {requisition} and {application} are replaced by the target's ids. */
  query?: string;
  policy: PolicyName;
  /** Set only where the row cannot be called in-process (it is still requested over HTTP by the e2e spec). */
  httpOnly?: string;
  note?: string;
}

export interface ActionRow {
  /** "lib/actions/<file>.ts#<exported function>" */
  action: string;
  /** One action can do several things (a form with several buttons): one row per thing. */
  use: string;
  /** "lib/services/<file>.ts#<function>" the action delegates to; the coverage test checks the import. null: none (auth). */
  service: string | null;
  target: Target;
  policy: PolicyName;
  note?: string;
}

export const routeRows: RouteRow[] = [
  { route: "/", kind: "page", target: "none", policy: "public", note: "Redirects to /jobs" },
  { route: "/login", kind: "page", target: "none", policy: "public", note: "Redirects a signed-in user to /dashboard" },
  { route: "/privacy", kind: "page", target: "none", policy: "public" },
  { route: "/jobs", kind: "page", target: "none", policy: "public" },
  { route: "/jobs/%5Fboard/[view]", kind: "page", target: "none", params: { view: "all" }, policy: "public", note: "The cached unfiltered board that /jobs is rewritten to" },
  { route: "/jobs/[slug]", kind: "page", target: "publicJob", policy: "public", note: "Drafts are not-found for everyone" },
  { route: "/jobs/[slug]/apply", kind: "page", target: "publicJob", policy: "public", note: "Closed jobs answer 410 (proxy.ts)" },
  { route: "/jobs/[slug]/applied", kind: "page", target: "publicJob", policy: "public" },
  { route: "/status/[token]", kind: "page", target: "statusToken", policy: "tokenHolder" },
  { route: "/robots.txt", kind: "metadata", target: "none", policy: "public" },
  { route: "/sitemap.xml", kind: "metadata", target: "none", policy: "public" },
  { route: "/api/health", kind: "route", target: "none", policy: "public" },
  { route: "/api/auth/[...nextauth]", kind: "route", target: "none", params: { nextauth: "session" }, policy: "public", httpOnly: "Auth.js's own handlers (sign-in, session, CSRF)" },
  { route: "/api/live", kind: "route", target: "requisition", query: "?requisitionId={requisition}", policy: "hiringTeam", note: "A whole board's change stream" },
  { route: "/api/live", kind: "route", target: "application", query: "?applicationId={application}", policy: "hiringTeamOrScheduled", note: "One application's change stream" },
  { route: "/dashboard", kind: "page", target: "none", policy: "signedIn", note: "Lists only the requisitions the actor may see" },
  { route: "/dashboard/candidates", kind: "page", target: "none", policy: "signedIn", note: "Results only from requisitions whose applications the actor may see" },
  { route: "/dashboard/interviews", kind: "page", target: "none", policy: "signedIn", note: "The actor's own interviews" },
  { route: "/dashboard/applications/[id]", kind: "page", target: "application", policy: "hiringTeamOrScheduled", note: "Interviewers get the materials only: no notes, tags, timeline, moves, other scorecards before their own" },
  { route: "/dashboard/applications/[id]/resume", kind: "route", target: "application", policy: "hiringTeamOrScheduled" },
  { route: "/dashboard/interviews/[id]/scorecard", kind: "page", target: "interview", policy: "hiringTeamOrScheduled", note: "Others' scorecards stay hidden from an interviewer until they submit their own" },
  { route: "/dashboard/interviews/[id]/invite.ics", kind: "route", target: "interview", policy: "hiringTeamOrScheduled" },
  { route: "/dashboard/requisitions/new", kind: "page", target: "none", policy: "recruiting" },
  { route: "/dashboard/requisitions/[id]", kind: "page", target: "requisition", policy: "requisitionTeam", note: "Interviewers see the requisition but no applications on it" },
  { route: "/dashboard/requisitions/[id]/edit", kind: "page", target: "requisition", policy: "requisitionEditors" },
  { route: "/dashboard/requisitions/[id]/settings", kind: "page", target: "requisition", policy: "recruiting" },
  { route: "/dashboard/reports", kind: "page", target: "none", policy: "reportReaders" },
  { route: "/dashboard/reports/export", kind: "route", target: "requisition", query: "?table=funnel&requisition={requisition}", policy: "requisitionReports", note: "One requisition's table as CSV" },
  { route: "/dashboard/dev/mailbox", kind: "page", target: "none", policy: "adminOnly" },
  { route: "/dashboard/dev/mailbox/[id]", kind: "page", target: "outboxMessage", policy: "adminOnly" },
  { route: "/dashboard/reports/interviewers", kind: "page", target: "none", policy: "recruiting", note: "Interviewer calibration" },
  { route: "/dashboard/reports/self-identification", kind: "page", target: "none", policy: "adminOnly", note: "Aggregate EEO report" },
  { route: "/dashboard/audit", kind: "page", target: "none", policy: "adminOnly" },
  { route: "/dashboard/candidates/[id]/privacy", kind: "page", target: "candidate", policy: "adminOnly" },
  { route: "/dashboard/applications/[id]/privacy", kind: "page", target: "application", policy: "adminOnly", note: "Redirects to the candidate's privacy page" },
  { route: "/dashboard/candidates/[id]/export", kind: "route", target: "candidate", policy: "adminOnly", note: "Everything held about the candidate, as JSON" },
  { route: "/dashboard/requisitions/[id]/interview-plan", kind: "page", target: "requisition", policy: "requisitionEditors" },
  { route: "/dashboard/requisitions/[id]/remaining", kind: "page", target: "requisition", policy: "hiringTeam", note: "The candidates left when a requisition is filled" },
];

export const actionRows: ActionRow[] = [
  { action: "lib/actions/application-actions.ts#submitApplicationAction", use: "apply to an open job", service: "lib/services/applications.ts#submitApplication", target: "publicJob", policy: "public", note: "Always runs as the anonymous actor" },
  { action: "lib/actions/status-actions.ts#withdrawApplicationAction", use: "withdraw an application", service: "lib/services/application-status.ts#withdrawApplication", target: "statusToken", policy: "tokenHolder" },
  { action: "lib/actions/auth-actions.ts#signInAction", use: "sign in", service: null, target: "none", policy: "ownCredentials" },
  { action: "lib/actions/auth-actions.ts#signOutAction", use: "sign out", service: null, target: "none", policy: "public" },
  { action: "lib/actions/requisition-actions.ts#requisitionFormAction", use: "parse a pasted posting into a draft", service: null, target: "none", policy: "signedIn", note: "Reads no data; nothing is saved" },
  { action: "lib/actions/requisition-actions.ts#requisitionFormAction", use: "save a new requisition", service: "lib/services/requisitions.ts#createRequisitionFromDraft", target: "none", policy: "recruiting" },
  { action: "lib/actions/requisition-actions.ts#requisitionFormAction", use: "save changes to a requisition", service: "lib/services/requisition-editing.ts#updateRequisition", target: "requisition", policy: "requisitionEditors" },
  { action: "lib/actions/requisition-status-actions.ts#changeRequisitionStatusAction", use: "publish, pause, close, reopen", service: "lib/services/requisition-editing.ts#changeRequisitionStatus", target: "requisition", policy: "recruiting" },
  { action: "lib/actions/requisition-setup-actions.ts#setHiringTeamAction", use: "set the hiring team", service: "lib/services/requisition-setup.ts#setHiringTeam", target: "requisition", policy: "recruiting" },
  { action: "lib/actions/requisition-setup-actions.ts#editStageAction", use: "add a stage", service: "lib/services/requisition-setup.ts#editStage", target: "requisition", policy: "recruiting" },
  { action: "lib/actions/requisition-setup-actions.ts#addQuestionAction", use: "add an application question", service: "lib/services/requisition-questions.ts#addRequisitionQuestion", target: "requisition", policy: "recruiting" },
  { action: "lib/actions/requisition-setup-actions.ts#removeQuestionAction", use: "remove an application question", service: "lib/services/requisition-questions.ts#removeRequisitionQuestion", target: "requisition", policy: "recruiting" },
  { action: "lib/actions/pipeline-actions.ts#moveApplicationAction", use: "move to another stage", service: "lib/services/pipeline.ts#moveApplication", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/pipeline-actions.ts#moveFromBoardFormAction", use: "move from the board without JavaScript", service: "lib/services/pipeline.ts#moveApplication", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/board-actions.ts#rejectApplicationAction", use: "reject with a reason", service: "lib/services/rejections.ts#rejectApplication", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/board-actions.ts#undoRejectionEmailAction", use: "cancel a waiting rejection email", service: "lib/services/rejections.ts#undoRejectionEmail", target: "rejection", policy: "hiringTeam" },
  { action: "lib/actions/board-actions.ts#bulkBoardAction", use: "bulk move", service: "lib/services/bulk-actions.ts#bulkMoveApplications", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/board-actions.ts#bulkBoardAction", use: "bulk reject", service: "lib/services/bulk-actions.ts#bulkRejectApplications", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/board-actions.ts#bulkBoardAction", use: "bulk email", service: "lib/services/bulk-actions.ts#bulkEmailCandidates", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/board-actions.ts#bulkBoardAction", use: "bulk tag", service: "lib/services/bulk-actions.ts#bulkTagApplications", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/interview-actions.ts#scheduleInterviewAction", use: "schedule an interview", service: "lib/services/interviews.ts#scheduleInterview", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/interview-actions.ts#cancelInterviewAction", use: "cancel an interview", service: "lib/services/interviews.ts#cancelInterview", target: "interview", policy: "hiringTeam" },
  { action: "lib/actions/scorecard-actions.ts#saveScorecardAction", use: "save or submit one's scorecard", service: "lib/services/scorecards.ts#saveScorecard", target: "interview", policy: "scheduledInterviewer" },
  { action: "lib/actions/profile-actions.ts#addNoteAction", use: "add a note", service: "lib/services/notes.ts#addNote", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/profile-actions.ts#editNoteAction", use: "edit a note", service: "lib/services/notes.ts#editNote", target: "note", policy: "noteAuthor" },
  { action: "lib/actions/profile-actions.ts#updateTagsAction", use: "add a tag", service: "lib/services/tags.ts#addTags", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/profile-actions.ts#updateTagsAction", use: "remove a tag", service: "lib/services/tags.ts#removeTag", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/profile-actions.ts#mergeCandidatesAction", use: "merge two candidates", service: "lib/services/candidate-merge.ts#mergeCandidates", target: "candidates", policy: "recruiting" },
  { action: "lib/actions/interview-actions.ts#rescheduleInterviewAction", use: "reschedule an interview", service: "lib/services/interviews.ts#rescheduleInterview", target: "interview", policy: "hiringTeam" },
  { action: "lib/actions/interview-plan-actions.ts#editPlanInterviewAction", use: "add an interview to the plan", service: "lib/services/interview-plan.ts#addPlanInterview", target: "requisition", policy: "requisitionEditors" },
  { action: "lib/actions/interview-plan-actions.ts#generateInterviewPlanAction", use: "generate the default interview plan", service: "lib/services/interview-plan.ts#generateDefaultInterviewPlan", target: "requisition", policy: "requisitionEditors" },
  { action: "lib/actions/scorecard-actions.ts#autosaveScorecardDraftAction", use: "autosave one's scorecard draft", service: "lib/services/scorecards.ts#saveScorecard", target: "interview", policy: "scheduledInterviewer" },
  { action: "lib/actions/scorecard-actions.ts#amendScorecardAction", use: "amend one's submitted scorecard", service: "lib/services/scorecard-amendments.ts#amendScorecard", target: "scorecard", policy: "scorecardAmenders" },
  { action: "lib/actions/offer-actions.ts#draftOfferAction", use: "draft an offer", service: "lib/services/offers.ts#draftOffer", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/offer-actions.ts#takeOfferStepAction", use: "approve an offer", service: "lib/services/offers.ts#approveOffer", target: "offer", policy: "offerApprover" },
  { action: "lib/actions/offer-actions.ts#setHeadcountAction", use: "set the headcount", service: "lib/services/requisition-headcount.ts#setRequisitionHeadcount", target: "requisition", policy: "recruiting" },
  { action: "lib/actions/offer-actions.ts#rejectRemainingCandidatesAction", use: "reject the remaining candidates", service: "lib/services/bulk-actions.ts#bulkRejectApplications", target: "application", policy: "hiringTeam" },
  { action: "lib/actions/privacy-actions.ts#setLegalHoldAction", use: "put a candidate under legal hold", service: "lib/services/legal-hold.ts#setLegalHold", target: "candidate", policy: "adminOnly" },
  { action: "lib/actions/privacy-actions.ts#eraseCandidateAction", use: "erase a candidate on request", service: "lib/services/candidate-erasure.ts#eraseCandidate", target: "candidate", policy: "adminOnly" },
  { action: "lib/actions/profile-actions.ts#markMentionReadAction", use: "mark a mention read", service: "lib/services/inbox.ts#markMentionRead", target: "mention", policy: "mentionedUser" },
];

/** "lib/actions/x.ts#fooAction" → { file, name } */
export function splitRef(ref: string): { file: string; name: string } {
  const [file, name] = ref.split("#");
  if (!file || !name) throw new Error(`not a file#name reference: ${ref}`);
  return { file, name };
}

/** A row's display key, unique across the matrix. */
export function actionRowKey(row: ActionRow): string {
  return `${splitRef(row.action).name} (${row.use})`;
}

export function routeRowKey(row: RouteRow): string {
  return `${row.route}${row.query ?? ""}`;
}
