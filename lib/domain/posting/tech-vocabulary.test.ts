import { describe, it, expect } from "vitest";
import { isTechTerm, techTerms, termsStartingWith } from "./tech-vocabulary";

describe("tech vocabulary", () => {
  it.each([
    ["WebSockets", true],
    ["postgresql", true],
    ["gRPC", true],
    ["Distributed Systems", false],
  ])("isTechTerm(%s)", (word, expected) => {
    expect(isTechTerm(word)).toBe(expected);
  });

  it("lists longer spellings first so JavaScript beats Java", () => {
    const j = termsStartingWith("J");
    expect(j.indexOf("JavaScript")).toBeLessThan(j.indexOf("Java"));
    expect(techTerms.every((t) => t.trim() === t && t.length >= 2)).toBe(true);
  });
});
