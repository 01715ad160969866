import { describe, expect, it } from "vitest";
import { hasFilters, parseJobFilters, type JobFilterOptions } from "./job-filters";

const options: JobFilterOptions = {
  departments: ["Backend Engineering", "Design"],
  locations: ["London, UK", "San Francisco, CA"],
  workplaceTypes: ["onsite", "remote"],
};

describe("parseJobFilters", () => {
  it.each([
    ["no parameters", {}, {}],
    ["all three", { department: "Design", location: "London, UK", workplace: "remote" }, { department: "Design", location: "London, UK", workplace: "remote" }],
    ["surrounding spaces", { department: "  Design " }, { department: "Design" }],
    ["the first of a repeated parameter", { workplace: ["onsite", "remote"] }, { workplace: "onsite" }],
    ["an unknown workplace type", { workplace: "moon" }, {}],
    ["a workplace type no open job has", { workplace: "hybrid" }, {}],
    ["a department no open job has", { department: "Sales" }, {}],
    ["empty values (the form's “All” option)", { department: "", location: "", workplace: "" }, {}],
    ["an overlong value", { location: "x".repeat(500) }, {}],
    ["unrelated parameters", { utm_source: "newsletter", page: "2" }, {}],
  ])("keeps what is valid: %s", (_name, params, expected) => {
    expect(parseJobFilters(params, options)).toEqual(expected);
  });
});

describe("hasFilters", () => {
  it.each([
    [{}, false],
    [{ workplace: "remote" as const }, true],
    [{ department: "Design" }, true],
  ])("%j → %s", (filters, expected) => {
    expect(hasFilters(filters)).toBe(expected);
  });
});
