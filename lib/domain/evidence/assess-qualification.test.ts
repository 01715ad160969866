import { describe, expect, it } from "vitest";
import { assessQualification, type AssessQualificationInput, type Answer } from "./assess-qualification";
import { scanText, type ScannedText } from "./scan-text";
import { excerptChars, matchesPerTerm } from "./term-support";

const kubernetes = { id: "q-k8s", kind: "required" as const, text: "Deploy and run services on Kubernetes." };

const strongResume = `• Led the move of 30 services to Kubernetes, writing the rollout runbooks.
• Cut deploy time from 40 to 6 minutes by building a k8s operator for our queues.`;
const listResume = "Skills: Kubernetes, Docker, Terraform";
const unrelatedResume = "• Managed a team of 8 baristas and ran the morning shift.";

function assess(answer: Answer | null, resumeText: string | ScannedText | null, evidence: string | null = null, text = kubernetes.text) {
  const input: AssessQualificationInput = { qualification: { ...kubernetes, text }, answer, evidence, resumeText };
  return assessQualification(input);
}

describe("assessQualification status rules", () => {
  it.each([
    ["no answer, no resume", null, null, null, "unknown", "No answer and no resume text."],
    ["no answer, resume silent", null, unrelatedResume, null, "unknown", "Not answered, and nothing in the resume mentions Kubernetes."],
    ["no answer, resume lists it", null, listResume, null, "partly", "Not answered; none of the key terms is backed with context. Mentioned only in a skills list: Kubernetes."],
    ["no answer, resume backs it", null, strongResume, null, "met", "Not answered, but the resume backs it. Backed with context: Kubernetes (resume, 2 places)."],
    ["no, resume silent", "no", null, null, "not_met", "Answered no."],
    ["no, resume backs it", "no", strongResume, null, "not_met", "Answered no, though the resume mentions Kubernetes; worth asking about."],
    ["yes, nothing at all", "yes", null, null, "partly", "Answered yes, but there is no resume text or evidence to back it."],
    ["yes, blank resume", "yes", " \n\t ", "  ", "partly", "Answered yes, but there is no resume text or evidence to back it."],
    ["yes, resume silent", "yes", unrelatedResume, null, "partly", "Answered yes, but nothing in the resume or evidence mentions Kubernetes. Not mentioned: Kubernetes."],
    ["yes, skills list only", "yes", listResume, null, "partly", "Answered yes, but none of the key terms is backed with context. Mentioned only in a skills list: Kubernetes."],
    ["yes, resume backs it", "yes", strongResume, null, "met", "Answered yes. Backed with context: Kubernetes (resume, 2 places)."],
    ["yes, evidence backs it", "yes", null, "I ran 12 production services on GKE and wrote our upgrade runbook.", "met", "Answered yes. Backed with context: Kubernetes (evidence)."],
    ["yes, evidence just says yes", "yes", null, "Yes, absolutely.", "partly", "Answered yes, but nothing in the resume or evidence mentions Kubernetes. Not mentioned: Kubernetes."],
    ["yes, evidence is a keyword list", "yes", null, "Kubernetes k8s GKE EKS AKS Helm kubectl", "partly", "Answered yes, but none of the key terms is backed with context. Mentioned only in a skills list: Kubernetes."],
    ["partly, resume backs it", "partly", strongResume, null, "partly", "Answered partly. Backed with context: Kubernetes (resume, 2 places)."],
    ["partly, nothing", "partly", null, null, "partly", "Answered partly; there is no resume text or evidence to look at."],
  ] as const)("%s → %s", (_name, answer, resume, evidence, status, reason) => {
    const a = assess(answer, resume, evidence);
    expect(a.status).toBe(status);
    expect(a.reason).toBe(reason);
  });

  it("shows matches even when the candidate answered no", () => {
    const a = assess("no", strongResume);
    expect(a.matches.map((m) => [m.found, m.strength])).toEqual([
      ["Kubernetes", "strong"],
      ["k8s", "strong"],
    ]);
  });

  it.each([
    ["Strong PostgreSQL skills.", "• Tuned Postgres queries for a 2 TB billing database, cutting p99 by 60%.", "Postgres"],
    ["Experience building on GCP.", "• Migrated 14 services to Google Cloud in 2023.", "Google Cloud"],
    ["Expert JavaScript.", "• Rewrote the checkout in JS, lifting conversion 4%.", "JS"],
    ["Experience with Go.", "• Built the scheduler in golang; it places 2M jobs a day.", "golang"],
    ["Deploy and run services on Kubernetes.", "• Operated 200 nodes of k8s across 3 regions.", "k8s"],
  ])("finds %j backed through a synonym", (text, resume, found) => {
    const a = assess("yes", resume, null, text);
    expect(a.status).toBe("met");
    expect(a.matches[0]?.found).toBe(found);
  });

  it("does not read go-to-market work as Go", () => {
    const a = assess("yes", "• Led the go-to-market plan for 3 launches.\n• Go-To-Market lead for EMEA in 2022.", null, "Experience with Go.");
    expect(a.status).toBe("partly");
    expect(a.matches).toEqual([]);
  });

  it("falls back to plain words when the vocabulary knows nothing", () => {
    const a = assess("yes", "• Managed CRRT for up to 3 patients per shift in a 20-bed unit.", null, "Experience with CRRT or ECMO.");
    expect(a.terms).toEqual(["crrt", "ecmo"]);
    expect(a.status).toBe("met");
  });

  it("says which terms fall short on an all-of list", () => {
    const q = "Experience building systems at scale: caching layers, sharded data stores, async processing pipelines, shared-nothing architectures.";
    const a = assess("yes", "• Added a Redis caching layer that cut database load by 70%.", null, q);
    expect(a.status).toBe("partly");
    expect(a.reason).toMatch(/^Answered yes, but only 1 of the 3 key terms needed are backed with context\. Backed with context: caching \(resume, 1 place\)/);
    expect(a.reason).toContain("Not mentioned: scalability, sharding, async processing, shared-nothing.");
  });

  it("cannot check a qualification with no readable terms", () => {
    expect(assess("yes", strongResume, null, "").reason).toBe(
      "Answered yes, but the qualification names nothing that can be checked against the resume.",
    );
    expect(assess(null, strongResume, null, "Strong, solid, proven.").status).toBe("unknown");
  });

  it("counts a pasted-again line once and caps matches and excerpts", () => {
    const line = `• Ran Kubernetes for the ${"very ".repeat(100)}large payments platform at 3 sites.`;
    const resume = [line, line, ...[1, 2, 3, 4, 5].map((n) => `• Upgraded ${n * 10} Kubernetes clusters without downtime.`)].join("\n");
    const a = assess("yes", resume);
    expect(a.reason).toContain("Kubernetes (resume, 6 places)");
    expect(a.matches).toHaveLength(matchesPerTerm);
    expect(Math.max(...a.matches.map((m) => m.sentence.length))).toBeLessThanOrEqual(excerptChars + 2);
    expect(a.matches[0]?.sentence).toContain("Kubernetes");
  });

  it("gives the same answer for raw and pre-scanned resume text", () => {
    expect(assess("yes", scanText(strongResume))).toEqual(assess("yes", strongResume));
  });
});
