import { describe, expect, it } from "vitest";
import { retentionDaysFrom, retentionDecision, type RetentionFacts } from "./retention-policy";

const now = new Date("2032-06-01T00:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 60 * 60 * 1000);
const base: RetentionFacts = { allApplicationsClosed: true, applicationCount: 1, lastActivityAt: daysAgo(400), legalHold: false, erasedAt: null };

describe("retentionDecision", () => {
  it.each([
    { name: "closed and old", facts: {}, expected: "anonymise" },
    { name: "exactly at the policy age", facts: { lastActivityAt: daysAgo(365) }, expected: "anonymise" },
    { name: "a day short of the policy age", facts: { lastActivityAt: daysAgo(364) }, expected: "keep" },
    { name: "still in process on some application", facts: { allApplicationsClosed: false }, expected: "keep" },
    { name: "under legal hold", facts: { legalHold: true }, expected: "held" },
    { name: "under legal hold but recent", facts: { legalHold: true, lastActivityAt: daysAgo(10) }, expected: "keep" },
    { name: "already erased", facts: { erasedAt: daysAgo(1) }, expected: "keep" },
    { name: "no applications", facts: { applicationCount: 0 }, expected: "keep" },
  ] as const)("$name → $expected", ({ facts, expected }) => {
    expect(retentionDecision({ ...base, ...facts }, 365, now)).toBe(expected);
  });

  it("follows the configured number of days", () => {
    expect(retentionDecision({ ...base, lastActivityAt: daysAgo(40) }, 30, now)).toBe("anonymise");
    expect(retentionDecision({ ...base, lastActivityAt: daysAgo(40) }, 90, now)).toBe("keep");
  });
});

describe("retentionDaysFrom", () => {
  it("defaults to 365 and reads whole days", () => {
    expect(retentionDaysFrom({})).toBe(365);
    expect(retentionDaysFrom({ RETENTION_DAYS: "" })).toBe(365);
    expect(retentionDaysFrom({ RETENTION_DAYS: "730" })).toBe(730);
  });

  it.each(["abc", "12.5", "0", "-1", "7"])("refuses %s", (value) => {
    expect(() => retentionDaysFrom({ RETENTION_DAYS: value })).toThrow(/RETENTION_DAYS/);
  });
});
