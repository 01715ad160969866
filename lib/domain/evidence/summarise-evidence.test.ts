import { describe, expect, it } from "vitest";
import type { EvidenceStatus, QualificationAssessment } from "./assess-qualification";
import { requiredMetSortKey, summariseEvidence, type EvidenceSummary } from "./summarise-evidence";

function a(id: string, kind: "required" | "preferred", status: EvidenceStatus, weakLine?: number): QualificationAssessment {
  return {
    qualificationId: id,
    kind,
    text: `Qualification ${id}`,
    answer: status === "not_met" ? "no" : "yes",
    evidence: null,
    terms: ["x"],
    matches:
      weakLine === undefined
        ? []
        : [{ term: "x", found: "x", sentence: "x", sentenceIndex: weakLine, strength: "weak", weakness: "many-skills" }],
    status,
    reason: "",
  };
}

describe("summariseEvidence", () => {
  it("tallies required and preferred separately", () => {
    const s = summariseEvidence([
      a("r1", "required", "met"),
      a("r2", "required", "partly"),
      a("r3", "required", "unknown"),
      a("p1", "preferred", "met"),
      a("p2", "preferred", "not_met"),
    ]);
    expect(s.required).toEqual({ met: 1, partly: 1, total: 3 });
    expect(s.preferred).toEqual({ met: 1, partly: 0, total: 2 });
  });

  it.each([
    ["nothing failed", [a("r1", "required", "met")], [{ question: "Authorised to work in the UK?", failed: false }], []],
    ["a failed knockout", [], [{ question: "Authorised to work in the UK?", failed: true }], ["Knockout: “Authorised to work in the UK?”"]],
    ["a no to a required qualification", [a("r1", "required", "not_met")], [], ["Answered no to required “Qualification r1”"]],
    ["a no to a preferred one is not a flag", [a("p1", "preferred", "not_met")], [], []],
  ])("flags %s", (_name, assessments, knockouts, flags) => {
    expect(summariseEvidence(assessments, knockouts).knockoutFlags).toEqual(flags);
  });

  it.each([
    ["one line feeding most qualifications", [a("r1", "required", "partly", 0), a("r2", "required", "partly", 0), a("r3", "required", "partly", 0), a("p1", "preferred", "met")], 1],
    ["lines feeding one qualification each", [a("r1", "required", "partly", 0), a("r2", "required", "partly", 1), a("r3", "required", "partly", 2)], 0],
    ["one line feeding a minority", [a("r1", "required", "partly", 0), a("r2", "required", "partly", 0), a("r3", "required", "partly", 0), ...["a", "b", "c", "d"].map((id) => a(id, "required", "met"))], 0],
  ])("warns about %s", (_name, assessments, count) => {
    expect(summariseEvidence(assessments).warnings).toHaveLength(count);
  });
});

describe("requiredMetSortKey", () => {
  function summary(requiredMet: number, requiredPartly: number, preferredMet: number, flags = 0): EvidenceSummary {
    return {
      required: { met: requiredMet, partly: requiredPartly, total: 8 },
      preferred: { met: preferredMet, partly: 0, total: 3 },
      knockoutFlags: Array.from({ length: flags }, () => "flag"),
      warnings: [],
    };
  }

  it.each([
    ["more required met wins over more preferred", summary(5, 0, 0), summary(4, 0, 3)],
    ["required met before required partly", summary(5, 0, 0), summary(4, 4, 0)],
    ["partly breaks a tie in met", summary(5, 2, 0), summary(5, 1, 3)],
    ["preferred breaks a full tie", summary(5, 2, 1), summary(5, 2, 0)],
    ["no knockout beats any tally with one", summary(0, 0, 0), summary(8, 0, 3, 1)],
  ])("%s", (_name, higher, lower) => {
    expect(requiredMetSortKey(higher)).toBeGreaterThan(requiredMetSortKey(lower));
  });
});
