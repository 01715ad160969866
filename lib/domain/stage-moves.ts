import type { Actor } from "./actor";
import type { RequisitionAccess } from "./permissions";
import type { StageKind } from "./requisition-types";

export interface StageRef {
  id: string;
  name: string;
  kind: StageKind;
}

export type MoveCheck = { ok: true } | { ok: false; error: string };

// Stages have three kinds (active, hired, rejected) and Offer is an ordinary active stage, so the
// offer rule recognises it by name; a team that renames it to "Offer call" keeps the rule.
export function isOfferStage(stage: StageRef): boolean {
  return stage.kind === "active" && /^offer\b/i.test(stage.name.trim());
}

function isAdmin(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && actor.role === "admin");
}

/** Admins and recruiters everywhere, and the hiring manager or recruiters of this requisition's team. */
function maySendOfferOrHire(actor: Actor, access: RequisitionAccess): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  if (actor.role === "admin" || actor.role === "recruiter") return true;
  return access.teamRoles.some((role) => role === "hiring_manager" || role === "recruiter");
}

/**
 * The rules every move obeys, shared by the board (to disable invalid targets) and the
 * pipeline service (to enforce them). `reason` null means "not asked yet": the board passes
 * `undefined` to ask only whether the target is reachable, leaving the reason to the reject dialog.
 */
export function checkStageMove(actor: Actor, from: StageRef, to: StageRef, reason: string | null | undefined, access: RequisitionAccess = { teamRoles: [] }): MoveCheck {
  if (from.id === to.id) return { ok: false, error: `The application is already in ${to.name}.` };
  if (from.kind === "hired" && !isAdmin(actor)) {
    return { ok: false, error: "Only an admin can move a candidate out of Hired." };
  }
  if ((to.kind === "hired" || isOfferStage(to)) && !maySendOfferOrHire(actor, access)) {
    return { ok: false, error: `Only the hiring manager, a recruiter or an admin can move a candidate to ${to.name}.` };
  }
  if (to.kind === "rejected" && reason !== undefined && !reason?.trim()) {
    return { ok: false, error: "Give a reason for rejecting this candidate." };
  }
  return { ok: true };
}

/** Every other stage with whether this actor may move the card there (and why not). */
export function moveTargets<S extends StageRef>(actor: Actor, access: RequisitionAccess, from: StageRef, stages: readonly S[]) {
  return stages.filter((s) => s.id !== from.id).map((stage) => ({ stage, check: checkStageMove(actor, from, stage, undefined, access) }));
}

/**
 * The stage `→` advances to: the next one in board order that is not a rejection, so advancing
 * from Offer lands in Hired and advancing never rejects anyone.
 */
export function nextStage<S extends StageRef>(stages: readonly S[], from: StageRef): S | null {
  const index = stages.findIndex((s) => s.id === from.id);
  if (index < 0) return null;
  return stages.slice(index + 1).find((s) => s.kind !== "rejected") ?? null;
}

/** Where a reject goes: the requisition's first rejected-kind stage. */
export function rejectionStage<S extends StageRef>(stages: readonly S[]): S | null {
  return stages.find((s) => s.kind === "rejected") ?? null;
}
