import { describe, it, expect } from "vitest";
import { cleanTitle, hasRoleNoun, looksLikeTitle, pipeSegments } from "./title";

describe("cleanTitle", () => {
  it.each([
    ["Backend Software Engineer", { title: "Backend Software Engineer", workplace: [], employment: [] }],
    ["Job Title: Store Manager", { title: "Store Manager", workplace: [], employment: [] }],
    ["Data Scientist (Remote)", { title: "Data Scientist", workplace: ["remote"], employment: [] }],
    ["Registered Nurse – ICU (Full-time, On-site)", { title: "Registered Nurse – ICU", workplace: ["onsite"], employment: ["full_time"] }],
    ["Designer [Contract] - Hybrid", { title: "Designer", workplace: ["hybrid"], employment: ["contract"] }],
    ["Nurse (ICU)", { title: "Nurse (ICU)", workplace: [], employment: [] }],
    ["Store Manager - Leeds", { title: "Store Manager - Leeds", workplace: [], employment: [] }],
    ["We're hiring: Barista", { title: "Barista", workplace: [], employment: [] }],
  ])("%s", (raw, expected) => {
    expect(cleanTitle(raw)).toEqual(expected);
  });
});

describe("title helpers", () => {
  it.each([
    ["Senior Go developer", true],
    ["Acme GmbH", false],
    ["Marketing Managers", true],
  ])("hasRoleNoun(%s)", (text, expected) => {
    expect(hasRoleNoun(text)).toBe(expected);
  });

  it.each([
    ["Backend Software Engineer", true],
    ["We are a fast-growing company building tools for nurses and doctors around the world.", false],
    ["Summary", true],
  ])("looksLikeTitle(%s)", (line, expected) => {
    expect(looksLikeTitle(line)).toBe(expected);
  });

  it("splits pipe one-liners", () => {
    expect(pipeSegments("Acme | Berlin | Senior Go developer | €70–90k")).toEqual(["Acme", "Berlin", "Senior Go developer", "€70–90k"]);
    expect(pipeSegments("Salary | Benefits")).toBeNull();
  });
});
