import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessQualification, evidenceStatuses, type Answer } from "./assess-qualification";
import { realisticResume, seedQualifications, stuffedResume } from "./fixtures/seed-posting";
import { excerptChars } from "./term-support";

const megabyte = 1_000_000;

function fill(unit: string): string {
  return unit.repeat(Math.ceil(megabyte / unit.length)).slice(0, megabyte);
}

/**
 * A guard against catastrophic regex backtracking, not a benchmark: backtracking on a megabyte
 * takes minutes, while a linear pass takes a few hundred milliseconds even on a loaded machine.
 */
const timeLimitMs = 2_000;

describe("hostile input", () => {
  it.each([
    ["1 MB of realistic resume", fill(realisticResume + "\n")],
    ["1 MB of keyword stuffing", fill(stuffedResume + " ")],
    ["100k commas", ",".repeat(100_000)],
    ["1 MB of Go,Go,Go", fill("Go,")],
    ["1 MB of unicode", fill("İ🙂ǅﬁ\u0301\u200d\u202eКубернетес 数据库 ")],
    ["1 MB of abbreviations", fill("e.g. U.S. a. ")],
    ["1 MB without spaces", fill("Kubernetes")],
    ["1 MB of hyphens and pluses", fill("-C+-")],
    ["1 MB of newlines and bullets", fill("\n• \n")],
    ["1 MB of parentheses", fill("((((e.g., ")],
  ])("%s finishes quickly", (_name, text) => {
    const qualification = seedQualifications[2] ?? { id: "q", kind: "required" as const, text: "Kubernetes" };
    const started = performance.now();
    const a = assessQualification({ qualification: { ...qualification, text: text.slice(0, 5_000) }, answer: "yes", evidence: text, resumeText: text });
    const elapsed = performance.now() - started;
    expect(evidenceStatuses).toContain(a.status);
    expect(elapsed).toBeLessThan(timeLimitMs);
  });
});

const vocabularyish = fc.constantFrom(
  "Go", "go", "k8s", "Kubernetes", "Postgres", "C++", "C#", ".NET", "Node.js", "R&D", "on-call", "e.g.", "U.S.",
  "Built", "led", "40%", "Skills:", "•", "-", "\n", " ", ",", ".", "(", ")", "İ", "🙂", "\u0301", "years", "Go-to-market",
);

const textArb = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.array(vocabularyish, { maxLength: 80 }).map((w) => w.join(" ")));
const answerArb = fc.constantFrom<Answer | null>("yes", "partly", "no", null);

describe("assessQualification property", () => {
  it("never throws and always returns one of the four statuses with a reason", () => {
    fc.assert(
      fc.property(textArb, answerArb, fc.option(textArb), fc.option(textArb), fc.constantFrom("required", "preferred"), (text, answer, evidence, resume, kind) => {
        const a = assessQualification({ qualification: { id: "q", kind, text }, answer, evidence, resumeText: resume });
        expect(evidenceStatuses).toContain(a.status);
        expect(a.reason.length).toBeGreaterThan(0);
        if (answer === "no") expect(a.status).toBe("not_met");
        if (a.status === "met") expect(answer === "yes" || answer === null).toBe(true);
        for (const m of a.matches) expect(m.sentence.length).toBeLessThanOrEqual(excerptChars + 2);
      }),
      { numRuns: 500 },
    );
  });
});
