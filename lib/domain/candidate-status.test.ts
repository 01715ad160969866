import { describe, expect, it } from "vitest";
import { candidateStatusOf, type StageForStatus } from "./candidate-status";

const names = ["Applied", "Recruiter screen", "Technical screen", "Onsite", "Offer"];
const stages: StageForStatus[] = [
  ...names.map((name, position) => ({ id: name, name, kind: "active" as const, position })),
  { id: "Hired", name: "Hired", kind: "hired", position: 5 },
  { id: "Rejected", name: "Rejected", kind: "rejected", position: 6 },
];
const at = (id: string) => stages.find((s) => s.id === id)!;

describe("candidateStatusOf", () => {
  it.each([
    ["Applied", false, "Received"],
    ["Recruiter screen", false, "Under review"],
    ["Technical screen", false, "Interviewing"],
    ["Onsite", false, "Interviewing"],
    ["Offer", false, "Offer"],
    ["Hired", false, "Offer"],
    ["Rejected", false, "Not selected"],
    ["Rejected", true, "Withdrawn"],
    ["Onsite", true, "Withdrawn"],
  ])("%s (withdrawn: %s) → %s", (stage, withdrawn, expected) => {
    expect(candidateStatusOf(at(stage), stages, withdrawn)).toBe(expected);
  });
});
