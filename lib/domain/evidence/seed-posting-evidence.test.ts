import { describe, expect, it } from "vitest";
import { assessQualification, type Answer } from "./assess-qualification";
import { realisticResume, seedQualifications, stuffedResume, stuffedResumeWithVerbs } from "./fixtures/seed-posting";
import { scanText } from "./scan-text";
import { summariseEvidence } from "./summarise-evidence";

function assessAll(resume: string, answer: Answer | null) {
  const scanned = scanText(resume);
  return seedQualifications.map((qualification) => assessQualification({ qualification, answer, evidence: null, resumeText: scanned }));
}

function statuses(resume: string, answer: Answer | null): Record<string, string> {
  return Object.fromEntries(assessAll(resume, answer).map((a) => [a.qualificationId, a.status]));
}

describe("the seed posting", () => {
  it("meets every qualification the realistic resume describes real work for", () => {
    expect(statuses(realisticResume, "yes")).toEqual({
      r1: "met", r2: "met", r3: "met", r4: "met", r5: "met", r6: "met", r7: "met", r8: "met",
      p1: "met", p2: "met", p3: "met",
    });
  });

  it("explains the realistic resume with the lines that back it", () => {
    const k8s = assessAll(realisticResume, "yes").find((a) => a.qualificationId === "r6");
    expect(k8s?.reason).toBe("Answered yes. Backed with context: Kubernetes (resume, 1 place).");
    expect(k8s?.matches.map((m) => [m.found, m.strength])).toEqual([
      ["Kubernetes", "strong"],
      ["Kubernetes", "weak"],
    ]);
  });

  it.each([
    ["a bare keyword line", stuffedResume],
    ["a keyword line with verbs and numbers in front", stuffedResumeWithVerbs],
  ])("does not let %s meet anything", (_name, resume) => {
    const stuffed = statuses(resume, "yes");
    expect(Object.values(stuffed).filter((s) => s === "met")).toEqual([]);
    expect(Object.values(stuffed).every((s) => s === "partly")).toBe(true);
  });

  it("keeps the stuffed resume below the realistic one in the summary, and says why", () => {
    const real = summariseEvidence(assessAll(realisticResume, "yes"));
    const stuffed = summariseEvidence(assessAll(stuffedResume, "yes"));
    expect(real.required).toEqual({ met: 8, partly: 0, total: 8 });
    expect(stuffed.required).toEqual({ met: 0, partly: 8, total: 8 });
    expect(real.warnings).toEqual([]);
    expect(stuffed.warnings).toEqual([
      "One resume line mentions the key terms of 11 of 11 qualifications; it is read as a keyword list, not as evidence.",
    ]);
  });

  it("still reads the stuffed line as a mention, so a reviewer sees what was claimed", () => {
    const [r6] = assessAll(stuffedResume, "yes").filter((a) => a.qualificationId === "r6");
    expect(r6?.reason).toBe(
      "Answered yes, but none of the key terms is backed with context. Mentioned only in a line naming many skills: Kubernetes.",
    );
    expect(r6?.matches[0]?.found).toBe("Kubernetes");
  });

  it("without answers, the realistic resume still backs what it describes and the stuffed one stays partly", () => {
    expect(Object.values(statuses(realisticResume, null)).every((s) => s === "met")).toBe(true);
    expect(Object.values(statuses(stuffedResume, null)).every((s) => s === "partly")).toBe(true);
  });
});
