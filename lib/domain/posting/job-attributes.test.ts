import { describe, it, expect } from "vitest";
import { employmentIn, workplaceHits, workplaceIn } from "./job-attributes";

describe("workplaceIn", () => {
  it.each([
    ["Onsite", "onsite"],
    ["Backend EngineeringOnsite", "onsite"],
    ["On-site in Denver", "onsite"],
    ["In office 5 days", "onsite"],
    ["Hybrid (3 days in office)", "hybrid"],
    ["Remote (US)", "remote"],
    ["Fully remote, EU time zones", "remote"],
    ["remote-friendly", "remote"],
    ["Remotely managed", null],
    ["Sales Engineering", null],
    ["Insite Analytics", null],
  ])("%s → %s", (text, expected) => {
    expect(workplaceIn(text)).toBe(expected);
  });

  it("reports where the word is", () => {
    expect(workplaceHits("EngineeringOnsite")).toEqual([{ value: "onsite", start: 11, end: 17 }]);
  });
});

describe("employmentIn", () => {
  it.each([
    ["Full-time", "full_time"],
    ["Full Time · Permanent", "full_time"],
    ["Part time, weekends", "part_time"],
    ["6-month contract, outside IR35", "contract"],
    ["Contractor", "contract"],
    ["Summer Internship 2026", "internship"],
    ["Software Engineering Intern", "internship"],
    ["Temporary (12 weeks)", "temporary"],
    ["Seasonal Warehouse Associate", "temporary"],
    ["Full-time internship", "internship"],
    ["Internal Communications Manager", null],
    ["Contracts Manager", null],
    ["Permanent", null],
  ])("%s → %s", (text, expected) => {
    expect(employmentIn(text)).toBe(expected);
  });
});
