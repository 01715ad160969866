import { describe, expect, it } from "vitest";
import { candidateSearchHref, candidateSearchQuerySchema, hasSearchCriteria, parseCandidateSearchParams, type CandidateSearchOptions } from "./search-query";

const reqId = "3f1c8a4e-2b7d-4c55-9a10-6f0e2d9b7c11";
const options: CandidateSearchOptions = {
  requisitions: [{ id: reqId, title: "Backend Software Engineer" }],
  stages: ["Applied", "Onsite"],
  tags: ["referral"],
  sources: ["LinkedIn"],
};

describe("parseCandidateSearchParams", () => {
  it.each([
    ["no parameters", {}, { page: 1 }],
    ["a query, trimmed", { q: "  kubernetes go " }, { q: "kubernetes go", page: 1 }],
    [
      "every filter",
      { q: "go", requisition: reqId, stage: "Onsite", tag: "referral", source: "LinkedIn", from: "2026-01-01", to: "2026-02-01", requiredMet: "2", page: "3" },
      { q: "go", requisition: reqId, stage: "Onsite", tag: "referral", source: "LinkedIn", from: "2026-01-01", to: "2026-02-01", requiredMet: 2, page: 3 },
    ],
    ["the first of a repeated parameter", { q: ["a", "b"], page: ["2", "5"] }, { q: "a", page: 2 }],
    ["a requisition the actor may not search", { requisition: "00000000-0000-4000-8000-000000000000" }, { page: 1 }],
    ["a malformed requisition id", { requisition: "1 or 1=1" }, { page: 1 }],
    ["values no candidate has", { stage: "Moon", tag: "x", source: "Fax" }, { page: 1 }],
    ["impossible dates", { from: "2026-02-30", to: "yesterday" }, { page: 1 }],
    ["a negative or fractional count", { requiredMet: "-1" }, { page: 1 }],
    ["a page past the last allowed", { page: "401" }, { page: 1 }],
    ["a page that is not a number", { page: "two" }, { page: 1 }],
    ["empty values (the form's “Any” option)", { q: "", stage: "", requiredMet: "" }, { page: 1 }],
    ["unrelated parameters", { utm_source: "mail" }, { page: 1 }],
  ])("keeps what is valid: %s", (_name, params, expected) => {
    expect(parseCandidateSearchParams(params, options)).toEqual(expected);
  });

  it("cuts an overlong query instead of refusing it", () => {
    const parsed = parseCandidateSearchParams({ q: "k".repeat(500) }, options);
    expect(parsed.q).toHaveLength(200);
    expect(candidateSearchQuerySchema.safeParse(parsed).success).toBe(true);
  });
});

describe("hasSearchCriteria", () => {
  it.each([
    [{ page: 1 }, false],
    [{ page: 4 }, false],
    [{ page: 1, q: "go" }, true],
    [{ page: 1, requiredMet: 0 }, true],
  ])("%j → %s", (query, expected) => {
    expect(hasSearchCriteria(query)).toBe(expected);
  });
});

describe("candidateSearchHref", () => {
  it("writes the query back into the URL, page last and only past the first", () => {
    expect(candidateSearchHref({ page: 1 })).toBe("/dashboard/candidates");
    expect(candidateSearchHref({ q: "c++ & go", stage: "Onsite", page: 1 }, { page: 2 })).toBe("/dashboard/candidates?q=c%2B%2B+%26+go&stage=Onsite&page=2");
    expect(candidateSearchHref({ q: "go", requiredMet: 0, page: 3 }, { page: 1 })).toBe("/dashboard/candidates?q=go&requiredMet=0");
  });
});
