import type { Actor } from "./actor";

/** The actor's relation to one requisition, as the service reads it from the hiring team. */
export interface RequisitionAccess {
  /** Team roles the actor holds on this requisition (empty when not on the team). */
  teamRoles: readonly ("hiring_manager" | "recruiter" | "interviewer")[];
}

export function isStaff(actor: Actor): boolean {
  return actor.kind === "user";
}

/** Admins and recruiters work across every requisition; others only on the teams they belong to. */
export function seesAllRequisitions(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && (actor.role === "admin" || actor.role === "recruiter"));
}

export function canViewRequisitionInDashboard(actor: Actor, access: RequisitionAccess): boolean {
  if (seesAllRequisitions(actor)) return true;
  return actor.kind === "user" && access.teamRoles.length > 0;
}

/**
 * Interviewers see only the applications they are scheduled to interview (scheduling arrives with
 * interviews); everyone else who can see the requisition sees its applications.
 */
export function canViewApplications(actor: Actor, access: RequisitionAccess): boolean {
  if (seesAllRequisitions(actor)) return true;
  return actor.kind === "user" && access.teamRoles.some((role) => role === "hiring_manager" || role === "recruiter");
}

export function canMoveApplications(actor: Actor, access: RequisitionAccess): boolean {
  return canViewApplications(actor, access);
}

export function canCreateRequisitions(actor: Actor): boolean {
  return seesAllRequisitions(actor);
}

export function canManageUsers(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && actor.role === "admin");
}

/** Admins and recruiters publish, pause and close; the hiring manager of a requisition may edit its text. */
export function canChangeRequisitionStatus(actor: Actor): boolean {
  return seesAllRequisitions(actor);
}

export function canEditRequisition(actor: Actor, access: RequisitionAccess): boolean {
  return seesAllRequisitions(actor) || (actor.kind === "user" && access.teamRoles.includes("hiring_manager"));
}

/** The hiring team and the stages are the recruiters' to arrange. */
export function canManageRequisitionSetup(actor: Actor): boolean {
  return seesAllRequisitions(actor);
}

/** The dev mailbox holds every candidate's emails: admins only. */
export function canReadMailbox(actor: Actor): boolean {
  return actor.kind === "user" && actor.role === "admin";
}

/**
 * Reports: admins and recruiters across every requisition; a hiring manager for the requisitions
 * they manage (team role hiring_manager). Interviewers see no reports at all.
 */
export function canOpenReports(actor: Actor): boolean {
  return seesAllRequisitions(actor) || (actor.kind === "user" && actor.role === "hiring_manager");
}

export function canViewReports(actor: Actor, access: RequisitionAccess): boolean {
  if (seesAllRequisitions(actor)) return true;
  return canOpenReports(actor) && access.teamRoles.includes("hiring_manager");
}

/**
 * One application, for an actor who may also be scheduled to interview it. Interviewers see only the
 * applications they are scheduled on (a scheduled, not cancelled, interview) and only while they are
 * still on the hiring team; that opens the resume, the answers and the evidence, never pay or
 * self-identification, and never the other hiring-team tools (moves, notes, tags, merging).
 */
export function canViewApplication(actor: Actor, access: RequisitionAccess, scheduledOnIt: boolean): boolean {
  if (canViewApplications(actor, access)) return true;
  return actor.kind === "user" && scheduledOnIt && access.teamRoles.length > 0;
}

/** Scheduling, rescheduling and cancelling interviews: whoever may move the application. */
export function canScheduleInterviews(actor: Actor, access: RequisitionAccess): boolean {
  return canMoveApplications(actor, access);
}

/** The hiring team proper (hiring manager, recruiter, admin) reads every submitted scorecard at once. */
export function seesAllScorecards(actor: Actor, access: RequisitionAccess): boolean {
  return canViewApplications(actor, access);
}
