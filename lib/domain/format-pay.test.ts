import { describe, expect, it } from "vitest";
import { formatPayRange } from "./format-pay";

describe("formatPayRange", () => {
  it.each([
    [{ min: 175000, max: 280000, currency: "USD", period: "year" as const }, "$175,000 – $280,000 per year"],
    [{ min: 45, max: 45, currency: "USD", period: "hour" as const }, "$45 per hour"],
    [{ min: 60000, max: 80000, currency: "EUR", period: "year" as const }, "€60,000 – €80,000 per year"],
    [{ min: 10, max: 20, currency: "XYZ1", period: "day" as const }, "10 XYZ1 – 20 XYZ1 per day"],
  ])("%j → %s", (pay, expected) => {
    expect(formatPayRange(pay)).toBe(expected);
  });
});
