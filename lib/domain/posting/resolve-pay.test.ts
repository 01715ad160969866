import { describe, it, expect } from "vitest";
import { findPay } from "./compensation";
import { resolvePay } from "./resolve-pay";

function resolve(lines: string[], locations: string[]) {
  const candidates = lines.flatMap((line) => {
    const pay = findPay(line);
    return pay ? [{ pay, line }] : [];
  });
  return resolvePay(candidates, locations);
}

describe("resolvePay", () => {
  it.each<[string, string[], string[], object | null, string[]]>([
    ["currency from US locations", ["175k – 280k"], ["San Francisco, CA"], { min: 175000, max: 280000, currency: "USD", period: "year" }, ["currency assumed USD from US locations", "pay period assumed year from the amounts"]],
    ["currency from UK locations", ["£ 50k"], [], { min: 50000, max: 50000, currency: "GBP", period: "year" }, ["pay period assumed year from the amounts"]],
    ["no currency, no location", ["90000 - 110000 per year"], [], { min: 90000, max: 110000, currency: "USD", period: "year" }, ["currency assumed USD (none stated, no known location)"]],
    ["dollar in Canada", ["$38–$45 per hour"], ["Toronto, ON, Canada"], { min: 38, max: 45, currency: "CAD", period: "hour" }, ['"$" read as CAD from Canadian locations']],
    ["period word elsewhere on the line", ["Hourly rate: $18–22"], [], { min: 18, max: 22, currency: "USD", period: "hour" }, []],
    ["small amounts are hourly", ["$21"], [], { min: 21, max: 21, currency: "USD", period: "hour" }, ["pay period assumed hour from the amounts"]],
    ["base preferred over OTE", ["OTE $160K–$200K", "Base salary: $80K–$100K"], [], { min: 80000, max: 100000, currency: "USD", period: "year" }, ["pay period assumed year from the amounts"]],
    ["nothing", [], [], null, ["no pay range found"]],
  ])("%s", (_name, lines, locations, compensation, warnings) => {
    const r = resolve(lines, locations);
    expect(r.compensation).toEqual(compensation);
    expect(r.warnings).toEqual(warnings);
  });
});
