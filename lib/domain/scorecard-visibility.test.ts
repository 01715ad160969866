import { describe, expect, it } from "vitest";
import { canSeeOthersScorecards, interviewDueState } from "./scorecard-visibility";

describe("canSeeOthersScorecards", () => {
  it.each([
    [{ seesAll: true, ownScorecards: [] }, true],
    [{ seesAll: false, ownScorecards: [] }, false],
    [{ seesAll: false, ownScorecards: ["missing"] }, false],
    [{ seesAll: false, ownScorecards: ["draft"] }, false],
    [{ seesAll: false, ownScorecards: ["submitted", "draft"] }, false],
    [{ seesAll: false, ownScorecards: ["submitted"] }, true],
    [{ seesAll: false, ownScorecards: ["submitted", "submitted"] }, true],
  ] as const)("%o → %s", (viewer, expected) => {
    expect(canSeeOthersScorecards(viewer)).toBe(expected);
  });
});

describe("interviewDueState", () => {
  const end = new Date("2026-12-01T11:00:00Z");
  it.each([
    ["2026-12-01T10:59:00Z", false, "upcoming"],
    ["2026-12-01T11:00:00Z", false, "due"],
    ["2026-12-02T11:00:00Z", false, "due"],
    ["2026-12-02T11:00:01Z", false, "overdue"],
    ["2026-12-09T11:00:00Z", true, "done"],
  ] as const)("at %s, submitted %s → %s", (now, submitted, expected) => {
    expect(interviewDueState(end, submitted, new Date(now))).toBe(expected);
  });
});
