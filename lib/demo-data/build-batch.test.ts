import { describe, expect, it } from "vitest";
import { derivedQuestions } from "@/lib/domain/application-questions";
import { defaultStages } from "@/lib/domain/requisition-types";
import { buildDemoBatch, type DemoContext } from "./build-batch";
import { createRandom } from "./random";

const requisition = (n: number, weight: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  weight,
  stages: defaultStages.map((s, i) => ({ id: `stage-${n}-${i}`, name: s.name, kind: s.kind })),
  qualifications: [
    { id: `q-${n}-1`, kind: "required" as const },
    { id: `q-${n}-2`, kind: "required" as const },
    { id: `q-${n}-3`, kind: "preferred" as const },
  ],
  questions: derivedQuestions({ workplaceType: "hybrid", locations: ["Berlin"] }),
});

const context: DemoContext = {
  requisitions: [requisition(1, 10), requisition(2, 90)],
  teamUserIds: ["user-1", "user-2"],
  now: new Date("2026-03-01T12:00:00Z"),
  emailDomain: "demo.example",
};

describe("buildDemoBatch", () => {
  it("is reproducible: the same seed gives the same data", () => {
    expect(buildDemoBatch(createRandom("s:1"), context, 0, 50)).toEqual(buildDemoBatch(createRandom("s:1"), context, 0, 50));
    expect(buildDemoBatch(createRandom("s:2"), context, 0, 50)).not.toEqual(buildDemoBatch(createRandom("s:1"), context, 0, 50));
  });

  it("builds consistent rows: one email per candidate, histories in order, summaries from the answers", () => {
    const batch = buildDemoBatch(createRandom("consistency"), context, 1000, 500);
    expect(new Set(batch.candidates.map((c) => c.email)).size).toBe(500);
    expect(batch.applications.length).toBeGreaterThanOrEqual(500);
    expect(batch.resumes).toHaveLength(batch.applications.length);
    for (const application of batch.applications) {
      const events = batch.stageEvents.filter((e) => e.application_id === application.id);
      expect(events[0]?.from_stage_id).toBeNull();
      expect(events.at(-1)?.to_stage_id).toBe(application.stage_id);
      expect(events.map((e) => e.created_at.getTime())).toEqual(events.map((e) => e.created_at.getTime()).sort((a, b) => a - b));
      expect(events.every((e) => e.created_at <= context.now)).toBe(true);
      const answers = batch.qualificationAnswers.filter((a) => a.application_id === application.id);
      const requiredYes = answers.filter((a) => a.qualification_id.endsWith("-1") || a.qualification_id.endsWith("-2")).filter((a) => a.answer === "yes");
      expect(application.required_met).toBe(requiredYes.length);
    }
    const words = batch.resumes.map((r) => r.text.split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThan(60);
    expect(Math.max(...words)).toBeLessThan(600);
  });

  it("writes continuous histories: each move starts where the one before it ended, strictly later", () => {
    const batch = buildDemoBatch(createRandom("continuity"), context, 0, 2000);
    const byApplication = new Map<string, typeof batch.stageEvents>();
    for (const e of batch.stageEvents) byApplication.set(e.application_id, [...(byApplication.get(e.application_id) ?? []), e]);
    for (const application of batch.applications) {
      // The order the database reads a history in: time, then id.
      const events = [...(byApplication.get(application.id) ?? [])].sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1));
      expect(events[0]).toMatchObject({ from_stage_id: null, created_at: application.created_at });
      for (const [i, event] of events.entries()) {
        if (i === 0) continue;
        expect(event.from_stage_id).toBe(events[i - 1]!.to_stage_id);
        expect(event.created_at.getTime()).toBeGreaterThan(events[i - 1]!.created_at.getTime());
      }
      expect(events.at(-1)).toMatchObject({ to_stage_id: application.stage_id, created_at: application.stage_entered_at });
      expect(events.every((e) => e.created_at <= context.now)).toBe(true);
      expect(application.version).toBe(events.length);
    }
  });

  it("spreads applications by weight and across stages", () => {
    const batch = buildDemoBatch(createRandom("spread"), context, 0, 2000);
    const small = batch.applications.filter((a) => a.requisition_id === context.requisitions[0]!.id).length / batch.applications.length;
    expect(small).toBeGreaterThan(0.05);
    expect(small).toBeLessThan(0.15);
    expect(new Set(batch.applications.map((a) => a.stage_id)).size).toBe(14);
  });
});
