import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import type { OfferStatus } from "./offer-types";
import { availableOfferSteps, canApproveOffers, canHandleOffers, checkOfferStep, isWithinPayRange, type OfferStep } from "./offer-rules";
import type { RequisitionAccess } from "./permissions";

const range = { min: 70_000, max: 90_000, currency: "EUR", period: "year" as const };
const user = (role: "admin" | "recruiter" | "hiring_manager" | "interviewer"): Actor => ({ kind: "user", id: role, role, name: role, email: `${role}@example.org` });
const team = (...teamRoles: RequisitionAccess["teamRoles"]): RequisitionAccess => ({ teamRoles });

describe("isWithinPayRange", () => {
  it.each([
    [70_000, "EUR", "year", true],
    [90_000, "EUR", "year", true],
    [80_000, "EUR", "year", true],
    [69_999, "EUR", "year", false],
    [90_001, "EUR", "year", false],
    [80_000, "USD", "year", false],
    [80_000, "EUR", "month", false],
  ] as const)("%d %s per %s → %s", (salary, currency, payPeriod, expected) => {
    expect(isWithinPayRange({ salary, currency, payPeriod }, range)).toBe(expected);
  });

  it("treats a requisition without a range as having nothing to be outside of", () => {
    expect(isWithinPayRange({ salary: 1, currency: "JPY", payPeriod: "hour" }, null)).toBe(true);
  });
});

describe("checkOfferStep", () => {
  const inside = { outsideRange: false };
  it.each<[OfferStatus, OfferStep, OfferStatus | null]>([
    ["draft", "approve", "approved"],
    ["draft", "extend", null],
    ["draft", "accept", null],
    ["draft", "withdraw", "withdrawn"],
    ["approved", "extend", "extended"],
    ["approved", "approve", null],
    ["approved", "withdraw", "withdrawn"],
    ["extended", "accept", "accepted"],
    ["extended", "decline", "declined"],
    ["extended", "withdraw", null],
    ["accepted", "decline", null],
    ["accepted", "withdraw", null],
    ["declined", "accept", null],
    ["withdrawn", "approve", null],
  ])("%s + %s → %s", (status, step, expected) => {
    const check = checkOfferStep(status, step, inside);
    expect(check.ok ? check.to : null).toBe(expected);
  });

  it("refuses to approve an outside-range offer without a reason, and approves it with one", () => {
    expect(checkOfferStep("draft", "approve", { outsideRange: true, exceptionReason: "  " }).ok).toBe(false);
    expect(checkOfferStep("draft", "approve", { outsideRange: true, exceptionReason: null }).ok).toBe(false);
    expect(checkOfferStep("draft", "approve", { outsideRange: true, exceptionReason: "Competing offer" })).toEqual({ ok: true, to: "approved" });
  });
});

describe("who handles offers", () => {
  it.each<[string, Actor, RequisitionAccess, boolean, boolean]>([
    ["an admin", user("admin"), team(), true, true],
    ["a recruiter off the team", user("recruiter"), team(), true, false],
    ["the hiring manager of the requisition", user("hiring_manager"), team("hiring_manager"), true, false],
    ["a hiring manager of another requisition", user("hiring_manager"), team(), false, false],
    ["an interviewer on the team", user("interviewer"), team("interviewer"), false, false],
    ["a hiring manager who only interviews here", user("hiring_manager"), team("interviewer"), false, false],
    ["an anonymous visitor", { kind: "anonymous" }, team(), false, false],
  ])("%s: handles %s, approves %s", (_name, actor, access, handles, approves) => {
    expect(canHandleOffers(actor, access)).toBe(handles);
    expect(canHandleOffers(actor, access) && canApproveOffers(actor)).toBe(approves);
  });

  it("offers the approve step to admins only, and nothing to interviewers", () => {
    expect(availableOfferSteps(user("admin"), team(), "draft")).toEqual(["approve", "withdraw"]);
    expect(availableOfferSteps(user("hiring_manager"), team("hiring_manager"), "draft")).toEqual(["withdraw"]);
    expect(availableOfferSteps(user("recruiter"), team(), "extended")).toEqual(["accept", "decline"]);
    expect(availableOfferSteps(user("interviewer"), team("interviewer"), "extended")).toEqual([]);
    expect(availableOfferSteps(user("admin"), team(), "accepted")).toEqual([]);
  });
});
