import { describe, it, expect } from "vitest";
import { parsePosting } from "./parse-posting";
import type { ParsedPosting } from "./posting-types";

describe("parsePosting", () => {
  it.each<[string, string, Partial<ParsedPosting>]>([
    [
      "one-paragraph post",
      "Acme | Berlin | Senior Go developer | €70–90k | Remote-friendly. Apply at jobs@acme.example",
      { title: "Senior Go developer", locations: ["Berlin"], workplaceType: "remote", compensation: { min: 70000, max: 90000, currency: "EUR", period: "year" } },
    ],
    [
      "labelled header lines",
      "Data Analyst\nLocation: Lisbon, Portugal (Hybrid)\nJob type: Contract\nSalary: €2.500 per month\nTeam: Analytics",
      { title: "Data Analyst", locations: ["Lisbon, Portugal"], workplaceType: "hybrid", employmentType: "contract", department: "Analytics", compensation: { min: 2500, max: 2500, currency: "EUR", period: "month" } },
    ],
    [
      "front matter fills what the body lacks",
      "---\ntitle: Nurse\nlocation: Leeds\ntype: Part-time\ndepartment: Wards\n---\nWe care for people.",
      { title: "Nurse", locations: ["Leeds"], employmentType: "part_time", department: "Wards", summary: "We care for people." },
    ],
    [
      "body wins over front matter",
      "---\nlocation: Leeds\n---\n# Nurse\nYork, UK",
      { title: "Nurse", locations: ["York, UK"] },
    ],
    [
      "one qualifications list splits on the item's own words",
      "Engineer\n\nQualifications\n- Go\n- Rust is a plus\n- Kafka (preferred)",
      { requiredQualifications: ["Go"], preferredQualifications: ["Rust is a plus", "Kafka (preferred)"] },
    ],
    [
      "about the company is not the summary",
      "Engineer\n\nAbout us\nWe are Acme.\n\nAbout the role\nYou will build things.",
      { summary: "You will build things." },
    ],
    [
      "section label with inline content",
      "Engineer\nSkills: Python, Go\nBenefits\n- PTO",
      { skills: ["Python", "Go"], benefits: ["PTO"] },
    ],
    [
      "pay line is not repeated as a benefit",
      "Engineer\n\nCompensation and benefits\n- Base salary: $100,000 – $120,000\n- Health insurance",
      { benefits: ["Health insurance"], compensation: { min: 100000, max: 120000, currency: "USD", period: "year" } },
    ],
    ["empty input", "", { title: "", locations: [], compensation: null, skills: [] }],
  ])("%s", (_name, text, expected) => {
    expect(parsePosting(text).posting).toMatchObject(expected);
  });

  it.each<[string, string, string[]]>([
    ["seed-style header", "Engineer\n175k – 280kSan Francisco, CA", ["currency assumed USD from US locations", "pay period assumed year from the amounts"]],
    ["no pay", "Engineer\nLondon, UK", ["no pay range found"]],
    ["no currency anywhere", "Engineer\nPay: 90,000 - 110,000 per year", ["currency assumed USD (none stated, no known location)"]],
    ["no title", "", ["no title found"]],
  ])("warns: %s", (_name, text, warnings) => {
    expect(parsePosting(text).warnings).toEqual(expect.arrayContaining(warnings));
  });

  it("returns exactly the ParsedPosting fields", () => {
    expect(Object.keys(parsePosting("x").posting)).toEqual([
      "title", "department", "locations", "workplaceType", "employmentType", "compensation", "summary",
      "responsibilities", "requiredQualifications", "preferredQualifications", "benefits", "skills",
    ]);
  });
});
