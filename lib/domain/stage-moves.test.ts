import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import type { RequisitionAccess } from "./permissions";
import { checkStageMove, isOfferStage, moveTargets, nextStage, rejectionStage, type StageRef } from "./stage-moves";

const applied: StageRef = { id: "s1", name: "Applied", kind: "active" };
const screen: StageRef = { id: "s2", name: "Recruiter screen", kind: "active" };
const offer: StageRef = { id: "s5", name: "Offer", kind: "active" };
const hired: StageRef = { id: "s6", name: "Hired", kind: "hired" };
const rejected: StageRef = { id: "s7", name: "Rejected", kind: "rejected" };
const board = [applied, screen, offer, hired, rejected];

const user = (role: "admin" | "recruiter" | "hiring_manager" | "interviewer"): Actor => ({ kind: "user", id: "u", role, name: "U", email: "u@x.org" });
const manager: RequisitionAccess = { teamRoles: ["hiring_manager"] };
const interviewerOnly: RequisitionAccess = { teamRoles: ["interviewer"] };
const none: RequisitionAccess = { teamRoles: [] };

describe("checkStageMove", () => {
  it.each([
    { name: "forward move", actor: user("hiring_manager"), access: manager, from: applied, to: screen, reason: null, ok: true },
    { name: "backward move", actor: user("recruiter"), access: none, from: screen, to: applied, reason: null, ok: true },
    { name: "same stage", actor: user("admin"), access: none, from: applied, to: applied, reason: null, ok: false },
    { name: "reject without reason", actor: user("recruiter"), access: none, from: screen, to: rejected, reason: null, ok: false },
    { name: "reject with blank reason", actor: user("recruiter"), access: none, from: screen, to: rejected, reason: "   ", ok: false },
    { name: "reject with reason", actor: user("recruiter"), access: none, from: screen, to: rejected, reason: "Not enough Go", ok: true },
    { name: "reject, reason not asked yet (board)", actor: user("recruiter"), access: none, from: screen, to: rejected, reason: undefined, ok: true },
    { name: "out of Hired by a recruiter", actor: user("recruiter"), access: none, from: hired, to: screen, reason: null, ok: false },
    { name: "out of Hired by an admin", actor: user("admin"), access: none, from: hired, to: screen, reason: null, ok: true },
    { name: "into Offer by the team's hiring manager", actor: user("hiring_manager"), access: manager, from: screen, to: offer, reason: null, ok: true },
    { name: "into Offer by an interviewer", actor: user("interviewer"), access: interviewerOnly, from: screen, to: offer, reason: null, ok: false },
    { name: "into Hired by a hiring manager off the team", actor: user("hiring_manager"), access: none, from: offer, to: hired, reason: null, ok: false },
    { name: "into Hired by a recruiter", actor: user("recruiter"), access: none, from: offer, to: hired, reason: null, ok: true },
    { name: "into Hired by an interviewer", actor: user("interviewer"), access: interviewerOnly, from: offer, to: hired, reason: null, ok: false },
  ])("$name → ok=$ok", ({ actor, access, from, to, reason, ok }) => {
    expect(checkStageMove(actor, from, to, reason, access).ok).toBe(ok);
  });

  it("explains a refusal in words the user can act on", () => {
    expect(checkStageMove(user("recruiter"), screen, rejected, null)).toEqual({ ok: false, error: "Give a reason for rejecting this candidate." });
    expect(checkStageMove(user("interviewer"), screen, offer, null, interviewerOnly)).toEqual({
      ok: false,
      error: "Only the hiring manager, a recruiter or an admin can move a candidate to Offer.",
    });
  });
});

describe("isOfferStage", () => {
  it.each([
    { stage: offer, ok: true },
    { stage: { id: "x", name: "offer call", kind: "active" } as StageRef, ok: true },
    { stage: { id: "x", name: "Offerings review", kind: "active" } as StageRef, ok: false },
    { stage: hired, ok: false },
  ])("$stage.name → $ok", ({ stage, ok }) => expect(isOfferStage(stage)).toBe(ok));
});

describe("moveTargets, nextStage, rejectionStage", () => {
  it("lists every other stage with the verdict the service would give", () => {
    const targets = moveTargets(user("recruiter"), none, hired, board);
    expect(targets.map((t) => t.stage.name)).toEqual(["Applied", "Recruiter screen", "Offer", "Rejected"]);
    expect(targets.every((t) => !t.check.ok)).toBe(true);
  });

  it.each([
    { from: applied, next: "Recruiter screen" },
    { from: offer, next: "Hired" },
    { from: hired, next: null },
    { from: rejected, next: null },
  ])("advancing from $from.name goes to $next", ({ from, next }) => {
    expect(nextStage(board, from)?.name ?? null).toBe(next);
  });

  it("rejects into the first rejected-kind stage", () => {
    expect(rejectionStage(board)).toBe(rejected);
    expect(rejectionStage([applied])).toBeNull();
  });
});
