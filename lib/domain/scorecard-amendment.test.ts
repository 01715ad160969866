import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { canAmendScorecard, sameContent } from "./scorecard-amendment";

const user = (id: string, role: "admin" | "recruiter" | "hiring_manager" | "interviewer"): Actor => ({ kind: "user", id, role, name: id, email: `${id}@example.com` });

describe("canAmendScorecard", () => {
  it.each([
    ["the author, submitted", user("ivy", "interviewer"), "submitted", true],
    ["the author, still a draft", user("ivy", "interviewer"), "draft", false],
    ["an admin", user("ada", "admin"), "submitted", true],
    ["an admin, draft", user("ada", "admin"), "draft", false],
    ["a recruiter", user("rita", "recruiter"), "submitted", false],
    ["the hiring manager", user("hank", "hiring_manager"), "submitted", false],
    ["another interviewer", user("jon", "interviewer"), "submitted", false],
    ["a script", { kind: "system", purpose: "x" } as Actor, "submitted", false],
  ] as const)("%s → %s", (_name, actor, status, expected) => {
    expect(canAmendScorecard(actor, { authorId: "ivy", status })).toBe(expected);
  });
});

describe("sameContent", () => {
  const base = { overallRecommendation: "yes" as const, keyTakeaways: "ok", ratings: [{ attributeId: "b", rating: "yes" as const, notes: "" }, { attributeId: "a", rating: null, notes: "" }] };
  it("ignores empty ratings and order", () => {
    expect(sameContent(base, { ...base, ratings: [{ attributeId: "b", rating: "yes", notes: "" }] })).toBe(true);
  });
  it.each([
    ["recommendation", { ...base, overallRecommendation: "no" as const }],
    ["takeaways", { ...base, keyTakeaways: "ok!" }],
    ["a rating", { ...base, ratings: [{ attributeId: "b", rating: "no" as const, notes: "" }] }],
    ["a note", { ...base, ratings: [{ attributeId: "b", rating: "yes" as const, notes: "why" }] }],
  ])("notices a changed %s", (_what, changed) => {
    expect(sameContent(base, changed)).toBe(false);
  });
});
