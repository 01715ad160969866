import { describe, expect, it } from "vitest";
import { z } from "zod";
import { uncoveredRequiredQualifications } from "./interview-plan-coverage";
import { planInterviewFieldsSchema } from "./interview-plan-rules";

const qualId = "7d0c5b5e-2a4f-4e8e-9c0a-0f6a2b1c3d4e";
const valid = { name: "System design", durationMinutes: "60", instructions: "Probe trade-offs.", qualificationIds: [qualId], customLabels: ["", "  "] };
const errorsOf = (input: unknown) => {
  const parsed = planInterviewFieldsSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("planInterviewFieldsSchema", () => {
  it("accepts a valid interview, coerces the duration and drops blank custom inputs", () => {
    expect(planInterviewFieldsSchema.parse(valid)).toEqual({ name: "System design", durationMinutes: 60, instructions: "Probe trade-offs.", qualificationIds: [qualId], customLabels: [] });
  });

  it.each([
    ["a blank name", { name: "   " }, "name", "Name the interview."],
    ["a name over 120 characters", { name: "x".repeat(121) }, "name", "Use at most 120 characters."],
    ["a duration under 5 minutes", { durationMinutes: "4" }, "durationMinutes", "At least 5 minutes."],
    ["a duration over 720 minutes", { durationMinutes: "721" }, "durationMinutes", "At most 720 minutes (12 hours)."],
    ["a duration that is not a number", { durationMinutes: "soon" }, "durationMinutes", "Enter a length in minutes."],
    ["fractional minutes", { durationMinutes: "30.5" }, "durationMinutes", "Use whole minutes."],
    ["a custom label over 60 characters", { customLabels: ["y".repeat(61)] }, "customLabels", "Keep each custom attribute under 60 characters."],
    ["no focus attribute at all", { qualificationIds: [], customLabels: ["", " "] }, "focus", "Choose at least one focus attribute: a qualification or a custom attribute."],
  ])("refuses %s", (_name, override, field, message) => {
    expect(errorsOf({ ...valid, ...override })[field as "name"]).toEqual([message]);
  });

  it("accepts the bounds 5 and 720 and a 60-character label", () => {
    expect(planInterviewFieldsSchema.safeParse({ ...valid, durationMinutes: 5 }).success).toBe(true);
    expect(planInterviewFieldsSchema.safeParse({ ...valid, durationMinutes: 720, customLabels: ["z".repeat(60)] }).success).toBe(true);
  });

  it("keeps one of each repeated label or qualification, first spelling first", () => {
    const parsed = planInterviewFieldsSchema.parse({ ...valid, qualificationIds: [qualId, qualId], customLabels: ["Communication", " communication ", "Values"] });
    expect(parsed.customLabels).toEqual(["Communication", "Values"]);
    expect(parsed.qualificationIds).toEqual([qualId]);
  });

  it("rejects unknown keys", () => {
    expect(planInterviewFieldsSchema.safeParse({ ...valid, stageId: "x" }).success).toBe(false);
  });
});

describe("uncoveredRequiredQualifications", () => {
  const q = (id: string, kind: "required" | "preferred", position: number) => ({ id, kind, text: id, position });
  const qualifications = [q("r2", "required", 2), q("r1", "required", 1), q("p1", "preferred", 0)];

  it.each([
    ["no interviews", [], ["r1", "r2"]],
    ["one covered", [{ focus: [{ qualificationId: "r2" }] }], ["r1"]],
    ["custom attributes and preferred cover nothing required", [{ focus: [{ customLabel: "r1" }, { qualificationId: "p1" }] }], ["r1", "r2"]],
    ["all covered across interviews", [{ focus: [{ qualificationId: "r1" }] }, { focus: [{ qualificationId: "r2" }] }], []],
  ])("%s", (_name, interviews, expected) => {
    expect(uncoveredRequiredQualifications(qualifications, interviews).map((x) => x.id)).toEqual(expected);
  });
});
