import { describe, expect, it } from "vitest";
import { checkStageName, checkStageRemoval, reorderStages, type EditableStage } from "./stage-editing";

const stage = (id: string, kind: EditableStage["kind"], position: number, applicationCount = 0): EditableStage => ({ id, name: id, kind, position, applicationCount });
const stages = [stage("Applied", "active", 0, 3), stage("Screen", "active", 1), stage("Onsite", "active", 2), stage("Hired", "hired", 3), stage("Rejected", "rejected", 4)];

describe("reorderStages", () => {
  it.each([
    ["Screen", "up", ["Screen", "Applied", "Onsite", "Hired", "Rejected"]],
    ["Screen", "down", ["Applied", "Onsite", "Screen", "Hired", "Rejected"]],
    ["Applied", "up", null],
    ["Onsite", "down", null],
    ["Hired", "up", null],
    ["missing", "up", null],
  ] as const)("%s %s → %j", (id, direction, expected) => {
    expect(reorderStages(stages, id, direction)).toEqual(expected);
  });
});

describe("checkStageRemoval", () => {
  it.each([
    ["an empty active stage", stages[1]!, true],
    ["a stage with applications", stages[0]!, false],
    ["the Hired stage", stages[3]!, false],
    ["the Rejected stage", stages[4]!, false],
  ])("%s → %s", (_name, target, ok) => {
    expect(checkStageRemoval(target, stages).ok).toBe(ok);
  });

  it("keeps at least one active stage", () => {
    const only = [stage("Applied", "active", 0), stage("Hired", "hired", 1)];
    expect(checkStageRemoval(only[0]!, only).ok).toBe(false);
  });
});

describe("checkStageName", () => {
  it.each([
    ["Take-home", true],
    ["  ", false],
    ["screen", false],
    ["x".repeat(61), false],
  ])("%j → %s", (name, ok) => {
    expect(checkStageName(name, stages).ok).toBe(ok);
  });
});
