import { describe, expect, it } from "vitest";
import { anonymousActor, systemActor, type Actor } from "./actor";
import { canCreateRequisitions, canManageUsers, canMoveApplications, canViewApplications, canViewRequisitionInDashboard, type RequisitionAccess } from "./permissions";
import type { Role } from "./roles";

const user = (role: Role): Actor => ({ kind: "user", id: "u", role, name: "U", email: "u@x.org" });
const none: RequisitionAccess = { teamRoles: [] };
const asManager: RequisitionAccess = { teamRoles: ["hiring_manager"] };
const asInterviewer: RequisitionAccess = { teamRoles: ["interviewer"] };

describe("requisition permissions", () => {
  it.each([
    { who: "admin, off the team", actor: user("admin"), access: none, view: true, apps: true, move: true },
    { who: "recruiter, off the team", actor: user("recruiter"), access: none, view: true, apps: true, move: true },
    { who: "hiring manager on the team", actor: user("hiring_manager"), access: asManager, view: true, apps: true, move: true },
    { who: "hiring manager off the team", actor: user("hiring_manager"), access: none, view: false, apps: false, move: false },
    { who: "interviewer on the team", actor: user("interviewer"), access: asInterviewer, view: true, apps: false, move: false },
    { who: "interviewer off the team", actor: user("interviewer"), access: none, view: false, apps: false, move: false },
    { who: "anonymous", actor: anonymousActor, access: none, view: false, apps: false, move: false },
  ])("$who", ({ actor, access, view, apps, move }) => {
    expect(canViewRequisitionInDashboard(actor, access)).toBe(view);
    expect(canViewApplications(actor, access)).toBe(apps);
    expect(canMoveApplications(actor, access)).toBe(move);
  });

  it.each([
    { actor: user("admin"), create: true, users: true },
    { actor: user("recruiter"), create: true, users: false },
    { actor: user("hiring_manager"), create: false, users: false },
    { actor: user("interviewer"), create: false, users: false },
    { actor: anonymousActor, create: false, users: false },
    { actor: systemActor("seed"), create: true, users: true },
  ])("$actor.kind $actor.role creates requisitions: $create, manages users: $users", ({ actor, create, users }) => {
    expect(canCreateRequisitions(actor)).toBe(create);
    expect(canManageUsers(actor)).toBe(users);
  });
});
