import { asc, eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, outboxMessages, rejectionReasons, stageEvents, stages } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { stopLiveHub } from "@/lib/live/live-hub";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { moveApplication } from "./pipeline";
import { addRejectionReason, archiveRejectionReason, getRejectionEmail, listRejectionReasons, rejectApplication, undoRejectionEmail } from "./rejections";

withTestDatabase();

let manager: UserActor;
let recruiter: UserActor;
let outsider: UserActor;

beforeAll(async () => {
  [manager, recruiter, outsider] = await Promise.all([
    createTestUser("hiring_manager", "Hank Manager"),
    createTestUser("recruiter", "Rita Recruiter"),
    createTestUser("hiring_manager", "Olga Elsewhere"),
  ]);
});

async function application() {
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }], posting: { title: "Site Reliability Engineer" } });
  const email = uniqueEmail();
  const applicationId = await applyToTestRequisition(req.slug, { contact: { firstName: "Ada", lastName: "Lovelace", email } });
  return { req, applicationId, email };
}

const reasonNamed = async (label: string) => (await listRejectionReasons(manager)).find((r) => r.label === label)!;
const messageOf = async (id: string | null) => (await getDb().select().from(outboxMessages).where(eq(outboxMessages.id, id ?? "")))[0];

describe("listRejectionReasons", () => {
  it("seeds the defaults once, in both kinds, even when asked concurrently", async () => {
    const lists = await Promise.all([listRejectionReasons(manager), listRejectionReasons(recruiter), listRejectionReasons(manager)]);
    expect(lists[0]).toEqual(lists[1]);
    expect(lists[0]?.filter((r) => r.kind === "they_withdrew").map((r) => r.label)).toEqual(["Accepted another offer", "Compensation", "No longer interested"]);
    expect(await getDb().select().from(rejectionReasons)).toHaveLength(7);
  });
});

describe("rejectApplication", () => {
  it("moves to Rejected with the reason and queues a polite email that waits 30 minutes", async () => {
    const { applicationId, email } = await application();
    const reason = await reasonNamed("Skills gap in required qualifications");
    const now = new Date("2030-01-01T10:00:00Z");
    const result = await rejectApplication(manager, { applicationId, expectedVersion: 1, reasonId: reason.id, sendEmail: true, note: "Go depth" }, now);
    expect(result.stage.name).toBe("Rejected");
    expect(result.emailScheduledFor).toEqual(new Date("2030-01-01T10:30:00Z"));
    const [event] = await getDb().select().from(stageEvents).where(eq(stageEvents.id, result.stageEventId));
    expect(event).toMatchObject({ rejectionReasonId: reason.id, reason: "Skills gap in required qualifications — Go depth" });
    const message = await messageOf(event!.outboxMessageId);
    expect(message).toMatchObject({ toAddress: email, status: "pending", subject: "Update on your application for Site Reliability Engineer" });
    expect(message?.nextAttemptAt).toEqual(new Date("2030-01-01T10:30:00Z"));
    expect(message?.textBody).toContain("Dear Ada,");
    expect(message?.textBody).toContain("Site Reliability Engineer");
    expect(message?.textBody).not.toMatch(/skills gap|go depth/i);
  });

  it("sends nothing when asked not to", async () => {
    const { applicationId } = await application();
    const reason = await reasonNamed("Accepted another offer");
    const result = await rejectApplication(manager, { applicationId, expectedVersion: 1, reasonId: reason.id, sendEmail: false });
    expect(result.emailScheduledFor).toBeNull();
    const [event] = await getDb().select().from(stageEvents).where(eq(stageEvents.id, result.stageEventId));
    expect(event?.outboxMessageId).toBeNull();
  });

  it("refuses a stale rejection and queues no email", async () => {
    const { applicationId, email } = await application();
    const [row] = await getDb().select().from(applications).where(eq(applications.id, applicationId));
    const [screen] = await getDb().select().from(stages).where(eq(stages.requisitionId, row!.requisitionId)).orderBy(asc(stages.position)).offset(1).limit(1);
    await moveApplication(recruiter, { applicationId, toStageId: screen!.id, expectedVersion: 1 });
    const reason = await reasonNamed("Position closed");
    await expect(rejectApplication(manager, { applicationId, expectedVersion: 1, reasonId: reason.id, sendEmail: true })).rejects.toThrow(
      /^Rita Recruiter moved this candidate to Recruiter screen at \d\d:\d\d/,
    );
    const queued = await getDb().select().from(outboxMessages).where(eq(outboxMessages.toAddress, email));
    expect(queued.map((m) => m.subject)).toEqual([expect.stringMatching(/^Your application for/)]);
  });

  it("needs a configured, active reason", async () => {
    const { applicationId } = await application();
    await expect(rejectApplication(manager, { applicationId, expectedVersion: 1, reasonId: "00000000-0000-4000-8000-000000000000", sendEmail: false })).rejects.toBeInstanceOf(ValidationError);
    await expect(rejectApplication(manager, { applicationId, expectedVersion: 1, reasonId: "", sendEmail: false })).rejects.toBeInstanceOf(ValidationError);
  });

  it("answers not-found to a hiring manager off the team", async () => {
    const { applicationId } = await application();
    const reason = await reasonNamed("Position closed");
    await expect(rejectApplication(outsider, { applicationId, expectedVersion: 1, reasonId: reason.id, sendEmail: true })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("undoRejectionEmail", () => {
  async function rejected() {
    const { applicationId } = await application();
    const reason = await reasonNamed("Hired someone else");
    return rejectApplication(manager, { applicationId, expectedVersion: 1, reasonId: reason.id, sendEmail: true });
  }

  it("cancels the email while it waits, and saying it twice is fine", async () => {
    const { stageEventId } = await rejected();
    await undoRejectionEmail(manager, stageEventId);
    await undoRejectionEmail(manager, stageEventId);
    const [event] = await getDb().select().from(stageEvents).where(eq(stageEvents.id, stageEventId));
    expect((await messageOf(event!.outboxMessageId))?.status).toBe("cancelled");
  });

  it("refuses once the worker has taken or sent the email", async () => {
    const { stageEventId } = await rejected();
    const [event] = await getDb().select().from(stageEvents).where(eq(stageEvents.id, stageEventId));
    await getDb().update(outboxMessages).set({ attempts: 1 }).where(eq(outboxMessages.id, event!.outboxMessageId!));
    await expect(undoRejectionEmail(manager, stageEventId)).rejects.toThrow("already been sent");
    await getDb().update(outboxMessages).set({ status: "sent" }).where(eq(outboxMessages.id, event!.outboxMessageId!));
    await expect(undoRejectionEmail(manager, stageEventId)).rejects.toBeInstanceOf(ConflictError);
  });

  it("answers not-found to someone who cannot see the application", async () => {
    const { stageEventId } = await rejected();
    await expect(undoRejectionEmail(outsider, stageEventId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(undoRejectionEmail(manager, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("getRejectionEmail", () => {
  it("follows the latest rejection's email: waiting with its time, then cancelled, then nothing once the candidate moves on", async () => {
    const { applicationId } = await application();
    expect(await getRejectionEmail(manager, applicationId)).toBeNull();
    const reason = await reasonNamed("Hired someone else");
    const rejected = await rejectApplication(manager, { applicationId, expectedVersion: 1, reasonId: reason.id, sendEmail: true });
    expect(await getRejectionEmail(manager, applicationId)).toEqual({ stageEventId: rejected.stageEventId, status: "scheduled", scheduledFor: rejected.emailScheduledFor });
    await undoRejectionEmail(manager, rejected.stageEventId);
    expect(await getRejectionEmail(manager, applicationId)).toMatchObject({ stageEventId: rejected.stageEventId, status: "cancelled" });
    const [screen] = await getDb().select().from(stages).where(eq(stages.requisitionId, (await getDb().select().from(applications).where(eq(applications.id, applicationId)))[0]!.requisitionId)).orderBy(asc(stages.position)).limit(1);
    await moveApplication(recruiter, { applicationId, toStageId: screen!.id, expectedVersion: rejected.version, reason: "Reconsidered" });
    expect(await getRejectionEmail(manager, applicationId)).toBeNull();
  });

  it("tells a claimed email from a sent one, and answers not-found off the team", async () => {
    const { applicationId } = await application();
    const reason = await reasonNamed("Hired someone else");
    const { stageEventId } = await rejectApplication(manager, { applicationId, expectedVersion: 1, reasonId: reason.id, sendEmail: true });
    const [event] = await getDb().select().from(stageEvents).where(eq(stageEvents.id, stageEventId));
    await getDb().update(outboxMessages).set({ attempts: 1 }).where(eq(outboxMessages.id, event!.outboxMessageId!));
    expect((await getRejectionEmail(manager, applicationId))?.status).toBe("sending");
    await getDb().update(outboxMessages).set({ status: "sent" }).where(eq(outboxMessages.id, event!.outboxMessageId!));
    expect((await getRejectionEmail(manager, applicationId))?.status).toBe("sent");
    await expect(getRejectionEmail(outsider, applicationId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("managing reasons", () => {
  it("lets a recruiter add and archive a reason; archived ones leave the list", async () => {
    const added = await addRejectionReason(recruiter, { label: "Failed reference check", kind: "we_rejected" });
    expect((await listRejectionReasons(manager)).map((r) => r.label)).toContain("Failed reference check");
    await archiveRejectionReason(recruiter, added.id);
    expect((await listRejectionReasons(manager)).map((r) => r.label)).not.toContain("Failed reference check");
    await expect(archiveRejectionReason(recruiter, added.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a hiring manager and a blank label", async () => {
    await expect(addRejectionReason(manager, { label: "Nope", kind: "we_rejected" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addRejectionReason(recruiter, { label: "  ", kind: "we_rejected" })).rejects.toBeInstanceOf(ValidationError);
    const [first] = await listRejectionReasons(manager);
    await expect(archiveRejectionReason(manager, first!.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the list of reasons, kept by each process", () => {
  afterAll(() => stopLiveHub());

  it("follows a change another process announces through PostgreSQL", async () => {
    const before = await listRejectionReasons(recruiter);
    // Another process's addition: straight into the database, then its notification.
    const [added] = await getDb().insert(rejectionReasons).values({ label: `Elsewhere ${uniqueEmail()}`, kind: "we_rejected", position: 99 }).returning();
    expect((await listRejectionReasons(recruiter)).map((reason) => reason.id)).not.toContain(added!.id);
    const other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
    try {
      await other`select pg_notify('shortlist_rejection_reasons', '')`;
    } finally {
      await other.end();
    }
    await expect.poll(async () => (await listRejectionReasons(recruiter)).map((reason) => reason.id), { timeout: 5_000 }).toContain(added!.id);
    expect((await listRejectionReasons(recruiter)).length).toBe(before.length + 1);
  });
});
