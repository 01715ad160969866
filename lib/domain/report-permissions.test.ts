import { describe, expect, it } from "vitest";
import { anonymousActor, systemActor, type Actor } from "./actor";
import { canOpenReports, canViewReports, type RequisitionAccess } from "./permissions";
import type { Role } from "./roles";

const user = (role: Role): Actor => ({ kind: "user", id: "u", role, name: "U", email: "u@x.org" });
const none: RequisitionAccess = { teamRoles: [] };
const managing: RequisitionAccess = { teamRoles: ["hiring_manager"] };
const interviewing: RequisitionAccess = { teamRoles: ["interviewer"] };

describe("report permissions", () => {
  it.each([
    { who: "admin, off the team", actor: user("admin"), access: none, open: true, view: true },
    { who: "recruiter, off the team", actor: user("recruiter"), access: none, open: true, view: true },
    { who: "hiring manager of the requisition", actor: user("hiring_manager"), access: managing, open: true, view: true },
    { who: "hiring manager who only interviews for it", actor: user("hiring_manager"), access: interviewing, open: true, view: false },
    { who: "hiring manager off the team", actor: user("hiring_manager"), access: none, open: true, view: false },
    { who: "interviewer, even as the team's hiring manager", actor: user("interviewer"), access: managing, open: false, view: false },
    { who: "anonymous", actor: anonymousActor, access: managing, open: false, view: false },
    { who: "our scripts", actor: systemActor("bench"), access: none, open: true, view: true },
  ])("$who", ({ actor, access, open, view }) => {
    expect(canOpenReports(actor)).toBe(open);
    expect(canViewReports(actor, access)).toBe(view);
  });
});
