import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { reportTables } from "@/lib/domain/report-filter";
import { getApplicationProfile } from "./application-profile";
import { getApplicationTimeline } from "./application-timeline";
import { getClosedApplications, getRequisitionPipeline } from "./board";
import { exportCandidateData } from "./candidate-export";
import { searchCandidates } from "./candidate-search";
import { getApplicationDetail } from "./pipeline";
import { getReportCsv, getReports } from "./reports";

/**
 * EEO separation (docs/privacy.md): self-identification answers live in their own table, and only
 * three modules may name it — the apply service that writes it, the erasure that deletes it and the
 * aggregate report that counts it.
 */
const ALLOWED = new Set(["lib/services/applications.ts", "lib/services/candidate-erasure.ts", "lib/services/self-identification-report.ts"]);
const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|js|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("the self_identifications table", () => {
  it("is referenced only by the apply, erasure and aggregate report services", () => {
    const files = ["lib", "app", "components", "scripts"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    const readers = files
      .filter((file) => /selfIdentifications\b|self_identifications/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file).split(path.sep).join("/"));
    expect(readers.sort()).toEqual([...ALLOWED].sort());
  });
});

withTestDatabase();

// Answers nothing else in a hiring view would say.
const ANSWERS = { gender: "Non-binary", raceEthnicity: "Native Hawaiian or Other Pacific Islander", veteranStatus: "I am a protected veteran", disability: "Yes, I have a disability (or previously had one)" };
const MARKERS = ["Non-binary", "Native Hawaiian", "protected veteran", "I have a disability"];
let admin: UserActor, recruiter: UserActor;
let requisitionId: string;
let applicationId: string;

beforeAll(async () => {
  [admin, recruiter] = await Promise.all([createTestUser("admin"), createTestUser("recruiter")]);
  const req = await createTestRequisition();
  requisitionId = req.id;
  applicationId = await applyToTestRequisition(req.slug, { contact: { firstName: "Eeo", lastName: "Separate", email: `eeo-${Date.now()}@example.org` }, selfIdentification: ANSWERS });
});

describe("hiring views and exports", () => {
  it("never contain a self-identification answer", async () => {
    const seen: Record<string, unknown> = {};
    for (const actor of [admin, recruiter]) {
      seen[`detail ${actor.role}`] = await getApplicationDetail(actor, applicationId);
      seen[`profile ${actor.role}`] = await getApplicationProfile(actor, applicationId);
      seen[`timeline ${actor.role}`] = await getApplicationTimeline(actor, applicationId);
      seen[`board ${actor.role}`] = await getRequisitionPipeline(actor, requisitionId);
      seen[`closed ${actor.role}`] = await getClosedApplications(actor, requisitionId);
      seen[`search ${actor.role}`] = await searchCandidates(actor, { q: "Separate", page: 1 });
      seen[`reports ${actor.role}`] = await getReports(actor, { requisitionId: null, from: null, to: null });
      for (const table of reportTables) seen[`csv ${table} ${actor.role}`] = await getReportCsv(actor, table, { requisitionId: null, from: null, to: null });
    }
    const [{ candidateId } = { candidateId: "" }] = await getDb().select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, applicationId));
    seen.export = (await exportCandidateData(admin, candidateId)).json;
    // The views really are about this person (a search that found nobody would prove nothing).
    expect(JSON.stringify(seen.export)).toContain("Separate");
    expect(JSON.stringify(seen[`search ${admin.role}`])).toContain("Separate");
    for (const [view, value] of Object.entries(seen)) {
      const text = typeof value === "string" ? value : JSON.stringify(value);
      for (const marker of MARKERS) expect(text.includes(marker), `${view} contains "${marker}"`).toBe(false);
    }
  });
});

