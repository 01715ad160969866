import { describe, expect, it } from "vitest";
import { candidateStatusOf, type StageForStatus, type StatusSignals } from "./candidate-status";
import type { OfferStatus } from "./offer-types";

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
    ["Offer", false, "Interviewing"],
    ["Hired", false, "Hired"],
    ["Rejected", false, "Not selected"],
    ["Rejected", true, "Withdrawn"],
    ["Onsite", true, "Withdrawn"],
  ])("%s (withdrawn: %s) → %s", (stage, withdrawn, expected) => {
    expect(candidateStatusOf(at(stage), stages, withdrawn)).toBe(expected);
  });

  it("reads a scheduled interview as Interviewing, even from the first stages", () => {
    const scheduled: StatusSignals = { interviewScheduled: true, offerStatus: null };
    expect(candidateStatusOf(at("Applied"), stages, false, scheduled)).toBe("Interviewing");
    expect(candidateStatusOf(at("Recruiter screen"), stages, false, scheduled)).toBe("Interviewing");
    expect(candidateStatusOf(at("Rejected"), stages, false, scheduled)).toBe("Not selected");
  });

  it.each<[OfferStatus | null, string]>([
    [null, "Interviewing"],
    ["draft", "Interviewing"],
    ["approved", "Interviewing"],
    ["withdrawn", "Interviewing"],
    ["declined", "Interviewing"],
    ["extended", "Offer"],
    ["accepted", "Offer"],
  ])("shows Offer only once an offer is extended (offer %s → %s)", (offerStatus, expected) => {
    expect(candidateStatusOf(at("Offer"), stages, false, { interviewScheduled: true, offerStatus })).toBe(expected);
  });

  it("keeps Hired, Not selected and Withdrawn above an offer", () => {
    const accepted: StatusSignals = { interviewScheduled: false, offerStatus: "accepted" };
    expect(candidateStatusOf(at("Hired"), stages, false, accepted)).toBe("Hired");
    expect(candidateStatusOf(at("Rejected"), stages, false, { interviewScheduled: false, offerStatus: "extended" })).toBe("Not selected");
    expect(candidateStatusOf(at("Offer"), stages, true, accepted)).toBe("Withdrawn");
  });
});
