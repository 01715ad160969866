import { describe, it, expect } from "vitest";
import { frontMatterField, readLabelledField, readLocationValue } from "./labelled-fields";

describe("readLabelledField", () => {
  it.each([
    ["Location: Leeds, UK", { field: "location", value: "Leeds, UK" }],
    ["Job Type: Part-time", { field: "employment", value: "Part-time" }],
    ["Salary: £32,000 – £36,000", { field: "pay", value: "£32,000 – £36,000" }],
    ["Team: Growth", { field: "department", value: "Growth" }],
    ["Work model: Hybrid", { field: "workplace", value: "Hybrid" }],
    ["Job title: Store Manager", { field: "title", value: "Store Manager" }],
    ["Requirements: 3 years", null],
    ["Location:", null],
    ["Note that the role: is great", null],
  ])("%s", (line, expected) => {
    expect(readLabelledField(line)).toEqual(expected);
  });

  it("maps front-matter keys", () => {
    expect(frontMatterField("employment_type")).toBe("employment");
    expect(frontMatterField("location")).toBe("location");
    expect(frontMatterField("slug")).toBeNull();
  });
});

describe("readLocationValue", () => {
  it.each([
    ["London (Hybrid)", { locations: ["London"], workplace: ["hybrid"] }],
    ["Remote (US)", { locations: ["Remote (US)"], workplace: ["remote"] }],
    ["Hybrid - Leeds, UK", { locations: ["Leeds, UK"], workplace: ["hybrid"] }],
    ["Denver, CO (on-site)", { locations: ["Denver, CO"], workplace: ["onsite"] }],
    ["Remote", { locations: [], workplace: ["remote"] }],
  ])("%s", (value, expected) => {
    expect(readLocationValue(value)).toEqual(expected);
  });
});
