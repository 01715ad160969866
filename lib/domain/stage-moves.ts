import type { Actor } from "./actor";
import type { StageKind } from "./requisition-types";

export interface StageRef {
  id: string;
  name: string;
  kind: StageKind;
}

export type MoveCheck = { ok: true } | { ok: false; error: string };

/**
 * The rules every move obeys, shared by the board (to disable invalid targets) and the
 * pipeline service (to enforce them).
 */
export function checkStageMove(actor: Actor, from: StageRef, to: StageRef, reason: string | null): MoveCheck {
  if (from.id === to.id) return { ok: false, error: `The application is already in ${to.name}.` };
  if (from.kind === "hired" && !(actor.kind === "user" && actor.role === "admin")) {
    return { ok: false, error: "Only an admin can move a candidate out of Hired." };
  }
  if (to.kind === "rejected" && !reason?.trim()) {
    return { ok: false, error: "Give a reason for rejecting this candidate." };
  }
  return { ok: true };
}
