import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultStages } from "./requisition-types";
import { uncoveredRequiredQualifications } from "./interview-plan-coverage";
import { defaultInterviewPlan, shortLabel } from "./interview-plan-default";
import type { PlanQualification, PlanStage } from "./interview-plan-types";

const stages: PlanStage[] = defaultStages.map((s, position) => ({ id: `stage-${position}`, name: s.name, kind: s.kind, position }));
const stageName = (id: string) => stages.find((s) => s.id === id)?.name;
const quals = (kind: "required" | "preferred", n: number): PlanQualification[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${kind}-${i}`, kind, text: `${kind} qualification number ${i}: details`, position: i }));

describe("defaultInterviewPlan on the default stages", () => {
  const plan = defaultInterviewPlan(stages, [...quals("required", 8), ...quals("preferred", 3)]);

  it("puts a recruiter screen and a technical screen before the onsite, and nothing on Applied or Offer", () => {
    expect(plan.map((i) => [stageName(i.stageId), i.name])).toEqual([
      ["Recruiter screen", "Recruiter screen"],
      ["Technical screen", "Technical screen"],
      ["Onsite", "Deep dive: required qualification number 1"],
      ["Onsite", "Deep dive: required qualification number 4"],
      ["Onsite", "Deep dive: required qualification number 6"],
      ["Onsite", "Values"],
    ]);
  });

  it("spreads the required qualifications, at most three per interview, each covered once, preferred round-robin", () => {
    const focus = plan.map((i) => i.focus.map((f) => f.qualificationId ?? f.customLabel));
    expect(focus).toEqual([
      ["Motivation", "Communication"],
      ["required-0"],
      ["required-1", "required-2", "required-3", "preferred-0"],
      ["required-4", "required-5", "preferred-1"],
      ["required-6", "required-7", "preferred-2"],
      ["Values", "Communication"],
    ]);
    expect(uncoveredRequiredQualifications(quals("required", 8), plan)).toEqual([]);
  });

  it("keeps durations between 30 and 60 minutes and gives every interview instructions and a focus", () => {
    for (const interview of plan) {
      expect(interview.durationMinutes).toBeGreaterThanOrEqual(30);
      expect(interview.durationMinutes).toBeLessThanOrEqual(60);
      expect(interview.instructions.length).toBeGreaterThan(40);
      expect(interview.focus.length).toBeGreaterThan(0);
    }
  });
});

describe("defaultInterviewPlan on other shapes", () => {
  const stage = (name: string, position: number, kind: PlanStage["kind"] = "active"): PlanStage => ({ id: name, name, kind, position });

  it.each([
    { name: "no qualifications", stages: stages, quals: [], expected: [["Recruiter screen", "Recruiter screen"], ["Technical screen", "Technical screen"], ["Onsite", "Values"]] },
    { name: "a single interview stage", stages: [stage("Applied", 0), stage("Interview", 1), stage("Hired", 2, "hired")], quals: quals("required", 2), expected: [["Interview", "Deep dive: required qualification number 0"], ["Interview", "Values"]] },
    { name: "no stage named like an interview", stages: [stage("New", 0), stage("Talk", 1), stage("Decide", 2)], quals: quals("required", 1), expected: [["Talk", "Deep dive: required qualification number 0"], ["Talk", "Values"]] },
    { name: "only outcome stages", stages: [stage("Hired", 0, "hired"), stage("Rejected", 1, "rejected")], quals: quals("required", 3), expected: [] },
  ])("$name", ({ stages: given, quals: q, expected }) => {
    const plan = defaultInterviewPlan(given, q);
    expect(plan.map((i) => [given.find((s) => s.id === i.stageId)?.name, i.name])).toEqual(expected);
  });

  it("gives the technical screen a custom attribute when there is no qualification to probe", () => {
    const plan = defaultInterviewPlan(stages, []);
    expect(plan.find((i) => i.name === "Technical screen")?.focus).toEqual([{ customLabel: "Technical skills" }]);
  });

  it("covers every required qualification whatever the stages and qualifications", () => {
    const stageArb = fc.array(fc.record({ name: fc.constantFrom("Applied", "Phone screen", "Technical screen", "Onsite", "Panel", "Offer", "Chat", "Final round"), kind: fc.constantFrom("active", "active", "hired", "rejected") }), { maxLength: 8 });
    fc.assert(
      fc.property(stageArb, fc.nat(25), fc.nat(6), (rawStages, requiredCount, preferredCount) => {
        const given = rawStages.map((s, position) => ({ ...s, id: `s${position}`, position }) as PlanStage);
        const all = [...quals("required", requiredCount), ...quals("preferred", preferredCount)];
        const plan = defaultInterviewPlan(given, all);
        if (!given.some((s) => s.kind === "active")) return plan.length === 0;
        return (
          uncoveredRequiredQualifications(all, plan).length === 0 &&
          plan.every((i) => i.focus.length > 0 && i.focus.length <= 4 && given.some((s) => s.id === i.stageId && s.kind === "active"))
        );
      }),
    );
  });
});

describe("shortLabel", () => {
  it.each([
    ["Solid distributed systems fundamentals: system models, failure modes.", "Solid distributed systems fundamentals"],
    ["Deploy and run services on Kubernetes.", "Deploy and run services on Kubernetes"],
    ["Expert-level in at least one programming language; write clean code.", "Expert-level in at least one programming language"],
    ["Proven reliability engineering instincts from challenging on-call rotations.", "Proven reliability engineering instincts from…"],
    ["Node.js experience", "Node.js experience"],
  ])("%s", (text, expected) => {
    expect(shortLabel(text)).toBe(expected);
  });
});
