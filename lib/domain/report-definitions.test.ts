import { describe, expect, it } from "vitest";
import { percentage, roundDays } from "./report-definitions";

describe("percentage", () => {
  it.each([
    { part: 1, whole: 3, result: 33 },
    { part: 2, whole: 3, result: 67 },
    { part: 3, whole: 3, result: 100 },
    { part: 0, whole: 0, result: null },
  ])("$part of $whole", ({ part, whole, result }) => expect(percentage(part, whole)).toBe(result));
});

describe("roundDays", () => {
  it.each([
    { days: 2.25, result: 2.3 },
    { days: 0.04, result: 0 },
    { days: null, result: null },
  ])("$days", ({ days, result }) => expect(roundDays(days)).toBe(result));
});
