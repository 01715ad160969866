import { describe, it, expect } from "vitest";
import { periodAfter, periodInLine } from "./pay-period";

describe("periodAfter", () => {
  it.each([
    ["/hr", "hour"],
    [" per hour", "hour"],
    [" an hour", "hour"],
    [" USD per hour", "hour"],
    [" a day", "day"],
    ["/day", "day"],
    [" per annum", "year"],
    [" p.a.", "year"],
    [" pa", "year"],
    ["/year", "year"],
    [" /yr", "year"],
    [" monthly", "month"],
    [" per month", "month"],
    [" pcm", "month"],
    [" per week", "week"],
    [" (gross) per year", "year"],
    ["", null],
    [" with bonus", null],
    [" hrs/week", null],
    [" and equity", null],
    [" per cent", null],
  ])("%j → %s", (after, expected) => {
    expect(periodAfter(`$100${after}`, 4)).toBe(expected);
  });
});

describe("periodInLine", () => {
  it.each([
    ["Hourly rate: $18–22", "hour"],
    ["Day rate: £450–550", "day"],
    ["Annual base salary: $90k", "year"],
    ["Salary: $90k", null],
  ])("%s → %s", (line, expected) => {
    expect(periodInLine(line)).toBe(expected);
  });
});
