import { and, asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { applications, auditLog, candidates, erasureTombstones, notes, retentionRuns, stageEvents, stages } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { NotFoundError } from "./errors";
import { setLegalHold } from "./legal-hold";
import { runRetention, runRetentionIfDue } from "./retention";

withTestDatabase();

const NOW = new Date("2031-06-01T12:00:00Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
let admin: UserActor, recruiter: UserActor;
let slugs: string[];
let requisitionIds: string[];

beforeAll(async () => {
  vi.stubEnv("ERASURE_HASH_KEY", "retention-test-key");
  [admin, recruiter] = await Promise.all([createTestUser("admin"), createTestUser("recruiter")]);
  const reqs = await Promise.all([createTestRequisition(), createTestRequisition()]);
  slugs = reqs.map((r) => r.slug);
  requisitionIds = reqs.map((r) => r.id);
});

/** One candidate's application to requisition `index`, closed or not, last touched `ageDays` before NOW. */
async function applicant(options: { closed: boolean; ageDays: number; index?: number; email?: string; withdrawn?: boolean }) {
  const index = options.index ?? 0;
  const email = options.email ?? uniqueEmail("retention");
  const applicationId = await applyToTestRequisition(slugs[index]!, { contact: { firstName: "Rhea", lastName: "Tention", email } });
  const db = getDb();
  const at = daysBefore(options.ageDays);
  if (options.closed) {
    const [rejected] = await db.select().from(stages).where(and(eq(stages.requisitionId, requisitionIds[index]!), eq(stages.kind, "rejected")));
    await db.update(applications).set({ stageId: rejected!.id, withdrawnAt: options.withdrawn ? at : null }).where(eq(applications.id, applicationId));
  }
  await db.update(applications).set({ createdAt: at, updatedAt: at, stageEnteredAt: at }).where(eq(applications.id, applicationId));
  await db.update(stageEvents).set({ createdAt: at }).where(eq(stageEvents.applicationId, applicationId));
  const [row] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, applicationId));
  return { applicationId, candidateId: row!.candidateId, email };
}

const erasedAt = async (candidateId: string) => (await getDb().select({ erasedAt: candidates.erasedAt }).from(candidates).where(eq(candidates.id, candidateId)))[0]?.erasedAt ?? null;

describe("runRetention", () => {
  it("anonymises rejected and withdrawn candidates past the policy, spares the held, the recent and the still in process, and logs the run", async () => {
    const rejectedOld = await applicant({ closed: true, ageDays: 400 });
    const withdrawnOld = await applicant({ closed: true, ageDays: 366, withdrawn: true });
    const held = await applicant({ closed: true, ageDays: 500 });
    const recent = await applicant({ closed: true, ageDays: 100 });
    const activeOld = await applicant({ closed: false, ageDays: 900 });
    // Two applications: one closed long ago, one still open — the person is still in process.
    const mixed = await applicant({ closed: true, ageDays: 900 });
    await applicant({ closed: false, ageDays: 900, index: 1, email: mixed.email });
    // Closed long ago, but a teammate wrote a note last month: recent activity.
    const noted = await applicant({ closed: true, ageDays: 800 });
    await getDb().insert(notes).values({ applicationId: noted.applicationId, authorUserId: recruiter.id, body: "Keep in mind for next year.", createdAt: daysBefore(30), updatedAt: daysBefore(30) });
    await setLegalHold(admin, { candidateId: held.candidateId, legalHold: true });

    const summary = await runRetention(NOW, { policyDays: 365 });
    expect(summary).toMatchObject({ policyDays: 365, anonymised: 2, skippedForHold: 1, failed: 0 });
    expect(await erasedAt(rejectedOld.candidateId)).toEqual(NOW);
    expect(await erasedAt(withdrawnOld.candidateId)).toEqual(NOW);
    for (const kept of [held, recent, activeOld, mixed, noted]) expect(await erasedAt(kept.candidateId)).toBeNull();

    const db = getDb();
    expect(await db.select({ cause: erasureTombstones.cause }).from(erasureTombstones).where(inArray(erasureTombstones.candidateId, [rejectedOld.candidateId, withdrawnOld.candidateId]))).toEqual([
      { cause: "retention" },
      { cause: "retention" },
    ]);
    const [run] = await db.select().from(retentionRuns).where(eq(retentionRuns.id, summary.runId));
    expect(run).toMatchObject({ policyDays: 365, anonymisedCount: 2, skippedForHoldCount: 1, error: null, finishedAt: expect.any(Date) });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "retention.run"), eq(auditLog.targetId, summary.runId)));
    expect(audit).toMatchObject({ actorUserId: null, details: { actorKind: "system", purpose: "retention", anonymised: 2, skippedForHold: 1 } });
    // Already anonymised: a second run finds nothing new.
    expect(await runRetention(NOW, { policyDays: 365 })).toMatchObject({ anonymised: 0, skippedForHold: 1 });
  });

  it("takes the policy from RETENTION_DAYS", async () => {
    const person = await applicant({ closed: true, ageDays: 45 });
    vi.stubEnv("RETENTION_DAYS", "30");
    try {
      expect(await runRetention(NOW)).toMatchObject({ policyDays: 30 });
    } finally {
      vi.stubEnv("RETENTION_DAYS", "");
    }
    expect(await erasedAt(person.candidateId)).toEqual(NOW);
  });

  it("records failures by code in the run without stopping the others", async () => {
    const person = await applicant({ closed: true, ageDays: 700 });
    vi.stubEnv("ERASURE_HASH_KEY", "");
    vi.stubEnv("AUTH_SECRET", "");
    try {
      const summary = await runRetention(NOW, { policyDays: 365 });
      expect(summary.failed).toBe(1);
      const [run] = await getDb().select().from(retentionRuns).where(eq(retentionRuns.id, summary.runId));
      expect(run?.error).toBe("1 candidate(s) could not be anonymised (Error).");
    } finally {
      vi.stubEnv("ERASURE_HASH_KEY", "retention-test-key");
    }
    expect(await erasedAt(person.candidateId)).toBeNull();
  });
});

describe("runRetentionIfDue", () => {
  it("runs once a day, and only one of several instances ticking at once runs", async () => {
    await getDb().delete(retentionRuns);
    const later = new Date(NOW.getTime() + 3 * 24 * 60 * 60 * 1000);
    const results = await Promise.all([runRetentionIfDue(later), runRetentionIfDue(later), runRetentionIfDue(later)]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await runRetentionIfDue(new Date(later.getTime() + 23 * 60 * 60 * 1000))).toBeNull();
    expect(await runRetentionIfDue(new Date(later.getTime() + 24 * 60 * 60 * 1000))).not.toBeNull();
    expect(await getDb().select().from(retentionRuns)).toHaveLength(2);
  });
});

describe("setLegalHold", () => {
  it("is for admins only and is audited", async () => {
    const person = await applicant({ closed: false, ageDays: 1 });
    await expect(setLegalHold(recruiter, { candidateId: person.candidateId, legalHold: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setLegalHold(admin, { candidateId: person.candidateId, legalHold: true })).resolves.toEqual({ legalHold: true });
    await expect(setLegalHold(admin, { candidateId: person.candidateId, legalHold: false })).resolves.toEqual({ legalHold: false });
    // By time: without an order PostgreSQL may return the two rows either way.
    const rows = await getDb()
      .select({ action: auditLog.action, actor: auditLog.actorUserId })
      .from(auditLog)
      .where(eq(auditLog.targetId, person.candidateId))
      .orderBy(asc(auditLog.createdAt));
    expect(rows).toEqual([
      { action: "candidate.legal_hold.set", actor: admin.id },
      { action: "candidate.legal_hold.lift", actor: admin.id },
    ]);
  });
});
