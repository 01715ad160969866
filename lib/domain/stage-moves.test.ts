import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { checkStageMove, type StageRef } from "./stage-moves";

const applied: StageRef = { id: "s1", name: "Applied", kind: "active" };
const screen: StageRef = { id: "s2", name: "Recruiter screen", kind: "active" };
const hired: StageRef = { id: "s6", name: "Hired", kind: "hired" };
const rejected: StageRef = { id: "s7", name: "Rejected", kind: "rejected" };

const user = (role: "admin" | "recruiter" | "hiring_manager"): Actor => ({ kind: "user", id: "u", role, name: "U", email: "u@x.org" });

describe("checkStageMove", () => {
  it.each([
    { name: "forward move", actor: user("hiring_manager"), from: applied, to: screen, reason: null, ok: true },
    { name: "backward move", actor: user("recruiter"), from: screen, to: applied, reason: null, ok: true },
    { name: "same stage", actor: user("admin"), from: applied, to: applied, reason: null, ok: false },
    { name: "reject without reason", actor: user("recruiter"), from: screen, to: rejected, reason: null, ok: false },
    { name: "reject with blank reason", actor: user("recruiter"), from: screen, to: rejected, reason: "   ", ok: false },
    { name: "reject with reason", actor: user("recruiter"), from: screen, to: rejected, reason: "Not enough Go", ok: true },
    { name: "out of Hired by a recruiter", actor: user("recruiter"), from: hired, to: screen, reason: null, ok: false },
    { name: "out of Hired by an admin", actor: user("admin"), from: hired, to: screen, reason: null, ok: true },
  ])("$name → ok=$ok", ({ actor, from, to, reason, ok }) => {
    expect(checkStageMove(actor, from, to, reason).ok).toBe(ok);
  });

  it("explains a refusal in words the user can act on", () => {
    expect(checkStageMove(user("recruiter"), screen, rejected, null)).toEqual({ ok: false, error: "Give a reason for rejecting this candidate." });
  });
});
