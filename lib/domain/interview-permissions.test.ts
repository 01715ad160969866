import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { canScheduleInterviews, canViewApplication, seesAllScorecards, type RequisitionAccess } from "./permissions";

const user = (role: "admin" | "recruiter" | "hiring_manager" | "interviewer"): Actor => ({ kind: "user", id: "u", role, name: "U", email: "u@example.org" });
const on = (...teamRoles: RequisitionAccess["teamRoles"]): RequisitionAccess => ({ teamRoles });

describe("interview permissions", () => {
  it.each([
    ["interviewer on the team, scheduled", user("interviewer"), on("interviewer"), true, true],
    ["interviewer on the team, not scheduled", user("interviewer"), on("interviewer"), false, false],
    ["scheduled but no longer on the team", user("interviewer"), on(), true, false],
    ["anonymous", { kind: "anonymous" } as Actor, on(), true, false],
    ["hiring manager on the team", user("hiring_manager"), on("hiring_manager"), false, true],
    ["recruiter anywhere", user("recruiter"), on(), false, true],
  ])("canViewApplication: %s", (_label, actor, access, scheduled, expected) => {
    expect(canViewApplication(actor, access, scheduled)).toBe(expected);
  });

  it.each([
    [user("interviewer"), on("interviewer"), false],
    [user("hiring_manager"), on("hiring_manager"), true],
    [user("hiring_manager"), on("interviewer"), false],
    [user("admin"), on(), true],
  ])("canScheduleInterviews and seesAllScorecards for %o on %o: %s", (actor, access, expected) => {
    expect(canScheduleInterviews(actor, access)).toBe(expected);
    expect(seesAllScorecards(actor, access)).toBe(expected);
  });
});
