import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, stageEvents } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, pdfBytes, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, type UserActor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { getApplicationDetail, getRequisitionPipeline, getResumeDownload, moveApplication } from "./pipeline";

withTestDatabase();

let manager: UserActor;
let otherManager: UserActor;
let interviewer: UserActor;
let recruiter: UserActor;

beforeAll(async () => {
  [manager, otherManager, interviewer, recruiter] = await Promise.all([
    createTestUser("hiring_manager", "Hank Manager"),
    createTestUser("hiring_manager", "Olga Elsewhere"),
    createTestUser("interviewer"),
    createTestUser("recruiter", "Rita Recruiter"),
  ]);
});

async function applicationOnTeamRequisition() {
  const req = await createTestRequisition({
    team: [
      { userId: manager.id, role: "hiring_manager" },
      { userId: interviewer.id, role: "interviewer" },
    ],
  });
  const applicationId = await applyToTestRequisition(req.slug, {
    contact: { firstName: "Ada", lastName: "Lovelace", email: uniqueEmail() },
    resume: { filename: "ada.pdf", bytes: pdfBytes() },
  });
  const detail = await getApplicationDetail(manager, applicationId);
  const stage = (name: string) => detail.stages.find((s) => s.name === name)!;
  return { req, applicationId, stage };
}

const eventsOf = (applicationId: string) => getDb().select().from(stageEvents).where(eq(stageEvents.applicationId, applicationId));

describe("moveApplication", () => {
  it("moves the application and records who moved it, from where to where", async () => {
    const { applicationId, stage } = await applicationOnTeamRequisition();
    const moved = await moveApplication(manager, { applicationId, toStageId: stage("Recruiter screen").id, expectedVersion: 1 });
    expect(moved).toMatchObject({ version: 2, stage: { name: "Recruiter screen" } });
    const detail = await getApplicationDetail(manager, applicationId);
    expect(detail.stage.name).toBe("Recruiter screen");
    expect(detail.events[0]).toMatchObject({ from: "Applied", to: "Recruiter screen", actorName: "Hank Manager" });
    expect(await eventsOf(applicationId)).toHaveLength(2);
  });

  it("refuses a move made from a stale view, says who moved it, and writes no event", async () => {
    const { applicationId, stage } = await applicationOnTeamRequisition();
    await moveApplication(recruiter, { applicationId, toStageId: stage("Technical screen").id, expectedVersion: 1 });
    const stale = moveApplication(manager, { applicationId, toStageId: stage("Onsite").id, expectedVersion: 1 });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/^Rita Recruiter moved this candidate to Technical screen at \d\d:\d\d UTC/);
    expect(await eventsOf(applicationId)).toHaveLength(2);
    const [row] = await getDb().select().from(applications).where(eq(applications.id, applicationId));
    expect(row).toMatchObject({ stageId: stage("Technical screen").id, version: 2 });
  });

  it("lets exactly one of several concurrent moves from the same view win, with a complete history", async () => {
    const { applicationId, stage } = await applicationOnTeamRequisition();
    const targets = ["Recruiter screen", "Technical screen", "Onsite", "Offer"].map((name) => stage(name).id);
    const outcomes = await Promise.allSettled(targets.map((toStageId) => moveApplication(manager, { applicationId, toStageId, expectedVersion: 1 })));
    const won = outcomes.flatMap((o, i) => (o.status === "fulfilled" ? [targets[i]] : []));
    expect(won).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(ConflictError);
    const [row] = await getDb().select().from(applications).where(eq(applications.id, applicationId));
    expect(row?.stageId).toBe(won[0]);
    const events = await eventsOf(applicationId);
    expect(events.map((e) => e.toStageId)).toEqual(expect.arrayContaining([stage("Applied").id, won[0]]));
    expect(events).toHaveLength(2);
  });

  it("requires a reason to reject", async () => {
    const { applicationId, stage } = await applicationOnTeamRequisition();
    await expect(moveApplication(manager, { applicationId, toStageId: stage("Rejected").id, expectedVersion: 1 })).rejects.toBeInstanceOf(ValidationError);
    await moveApplication(manager, { applicationId, toStageId: stage("Rejected").id, expectedVersion: 1, reason: "Role needs more Go" });
    expect((await getApplicationDetail(manager, applicationId)).events[0]).toMatchObject({ to: "Rejected", reason: "Role needs more Go" });
  });

  it("refuses a stage of another requisition", async () => {
    const { applicationId } = await applicationOnTeamRequisition();
    const other = await applicationOnTeamRequisition();
    await expect(
      moveApplication(manager, { applicationId, toStageId: other.stage("Onsite").id, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it.each([
    { who: "an interviewer on the team", actor: () => interviewer },
    { who: "a hiring manager of another requisition", actor: () => otherManager },
    { who: "an anonymous visitor", actor: () => anonymousActor },
  ])("answers not-found to $who, and nothing moves", async ({ actor }) => {
    const { applicationId, stage } = await applicationOnTeamRequisition();
    await expect(moveApplication(actor(), { applicationId, toStageId: stage("Onsite").id, expectedVersion: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getApplicationDetail(actor(), applicationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getResumeDownload(actor(), applicationId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await eventsOf(applicationId)).toHaveLength(1);
  });

  it("answers not-found for ids that are not uuids or do not exist", async () => {
    await expect(getApplicationDetail(manager, "../../etc")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getApplicationDetail(manager, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("getRequisitionPipeline", () => {
  it("groups applications by stage for the hiring manager", async () => {
    const { req, applicationId } = await applicationOnTeamRequisition();
    const pipeline = await getRequisitionPipeline(manager, req.id);
    expect(pipeline.stages.map((s) => s.name)).toEqual(["Applied", "Recruiter screen", "Technical screen", "Onsite", "Offer", "Hired", "Rejected"]);
    expect(pipeline.stages[0]?.applications.map((a) => a.id)).toEqual([applicationId]);
  });

  it("shows the interviewer the requisition but none of its applications", async () => {
    const { req } = await applicationOnTeamRequisition();
    const pipeline = await getRequisitionPipeline(interviewer, req.id);
    expect(pipeline.showsApplications).toBe(false);
    expect(pipeline.stages.flatMap((s) => s.applications)).toEqual([]);
  });

  it("answers not-found to a hiring manager off the team", async () => {
    const { req } = await applicationOnTeamRequisition();
    await expect(getRequisitionPipeline(otherManager, req.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("getResumeDownload", () => {
  it("returns the stored bytes to the team", async () => {
    const { applicationId } = await applicationOnTeamRequisition();
    const file = await getResumeDownload(manager, applicationId);
    expect(file).toMatchObject({ filename: "ada.pdf", contentType: "application/pdf" });
    expect(Buffer.from(file.data).toString("latin1")).toMatch(/^%PDF-/);
  });
});
