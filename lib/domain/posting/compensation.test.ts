import { describe, it, expect } from "vitest";
import { findPay, numberValue } from "./compensation";

type Pay = [number, number, string | null, string | null];

describe("findPay", () => {
  it.each<[string, Pay | null]>([
    ["175k – 280kSan Francisco, CA", [175000, 280000, null, null]],
    ["$150,000 - $200,000", [150000, 200000, "USD", null]],
    ["$120K–$160K USD", [120000, 160000, "USD", null]],
    ["€60.000 – €80.000", [60000, 80000, "EUR", null]],
    ["£50k-£65k per annum", [50000, 65000, "GBP", "year"]],
    ["$45/hr", [45, 45, "USD", "hour"]],
    ["£450–550 a day", [450, 550, "GBP", "day"]],
    ["USD 90,000 to 110,000", [90000, 110000, "USD", null]],
    ["€70–90k", [70000, 90000, "EUR", null]],
    ["Pay: 18-22 per hour", [18, 22, null, "hour"]],
    ["CA$85,000 — CA$95,000 a year", [85000, 95000, "CAD", "year"]],
    ["60.000 € - 75.000 € brutto", [60000, 75000, "EUR", null]],
    ["between $80k and $95k", [80000, 95000, "USD", null]],
    ["$17.50/hour", [17, 18, "USD", "hour"]],
    ["$18.50 - $22.00 an hour", [18, 22, "USD", "hour"]],
    ["1.234,56 EUR monthly", [1234, 1235, "EUR", "month"]],
    ["£35,000 - £42,000 + benefits", [35000, 42000, "GBP", null]],
    ["$1.2M", [1200000, 1200000, "USD", null]],
    ["90000 - 110000", [90000, 110000, null, null]],
    ["5+ years of experience", null],
    ["Part time (24 hrs/week) · $60–$70/hr", [60, 70, "USD", "hour"]],
    ["2-3 years", null],
    ["2019 - 2023", null],
    ["401(k) with 3.5% match", null],
    ["401k match", null],
    ["100% employer-paid", null],
    ["B2B SaaS, 3 days a week", null],
    ["9-5 Monday to Friday", null],
    ["$$$$", null],
  ])("%s", (line, expected) => {
    const m = findPay(line);
    expect(m === null ? null : [m.min, m.max, m.currency, m.period]).toEqual(expected);
  });

  it("flags rounded cents", () => {
    expect(findPay("$17.50/hour")?.rounded).toBe(true);
    expect(findPay("$17/hour")?.rounded).toBe(false);
  });
});

describe("numberValue", () => {
  it.each([
    ["60.000", 60000],
    ["60,000", 60000],
    ["12.50", 12.5],
    ["12,5", 12.5],
    ["1.234.567", 1234567],
    ["1,234.56", 1234.56],
    ["1.234,56", 1234.56],
    ["100'000", 100000],
  ])("%s → %d", (raw, value) => {
    expect(numberValue(raw).value).toBe(value);
  });
});
