import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, applicationTags, candidates, stageEvents } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, pdfBytes, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, type UserActor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { CARDS_PER_PAGE, getClosedApplications, getRequisitionPipeline } from "./board";
import { cancelInterview, scheduleInterview } from "./interviews";
import { getApplicationDetail, getResumeDownload, moveApplication } from "./pipeline";
import { getScorecardPage, saveScorecard } from "./scorecards";

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

describe("the board", () => {
  it("shows active cards with version, source and tags; hired, rejected and withdrawn leave the board but stay findable", async () => {
    const { req, applicationId, stage } = await applicationOnTeamRequisition();
    const other = await applyToTestRequisition(req.slug, { contact: { firstName: "Grace", lastName: "Hopper", email: uniqueEmail() } });
    const gone = await applyToTestRequisition(req.slug, { contact: { firstName: "Alan", lastName: "Turing", email: uniqueEmail() } });
    const hired = await applyToTestRequisition(req.slug, { contact: { firstName: "Barbara", lastName: "Liskov", email: uniqueEmail() } });
    await getDb().insert(applicationTags).values({ applicationId, tag: "strong go" });
    await moveApplication(manager, { applicationId: other, toStageId: stage("Rejected").id, expectedVersion: 1, reason: "No Go" });
    await moveApplication(manager, { applicationId: hired, toStageId: stage("Hired").id, expectedVersion: 1 });
    await getDb().update(applications).set({ withdrawnAt: new Date() }).where(eq(applications.id, gone));

    const board = await getRequisitionPipeline(manager, req.id);
    const column = (name: string) => board.stages.find((s) => s.name === name)!;
    expect(column("Applied").applications).toEqual([expect.objectContaining({ id: applicationId, version: 1, candidateName: "Ada Lovelace", tags: ["strong go"] })]);
    expect(column("Applied").count).toBe(1);
    expect([column("Rejected").count, column("Rejected").applications]).toEqual([1, []]);
    expect([column("Hired").count, column("Hired").applications]).toEqual([1, []]);
    expect(board.withdrawnCount).toBe(1);
    const closed = await getClosedApplications(manager, req.id);
    expect(closed.map((c) => [c.candidateName, c.stage, c.withdrawn]).sort()).toEqual([
      ["Alan Turing", "Applied", true],
      ["Barbara Liskov", "Hired", false],
      ["Grace Hopper", "Rejected", false],
    ]);
    expect(await getClosedApplications(interviewer, req.id)).toEqual([]);
  });

  it("shows each card's interviews and how many of their scorecards are in, cancelled interviews left out", async () => {
    const { req, applicationId } = await applicationOnTeamRequisition();
    const card = async () => (await getRequisitionPipeline(manager, req.id)).stages.find((s) => s.name === "Applied")!.applications.find((c) => c.id === applicationId)!;
    expect((await card()).interviews).toBeNull();

    const slot = { applicationId, date: "2031-03-04", time: "10:00", timeZone: "UTC", durationMinutes: 45, location: "" };
    const onsite = await scheduleInterview(recruiter, { ...slot, title: "Onsite", interviewerIds: [interviewer.id, manager.id] });
    const dropped = await scheduleInterview(recruiter, { ...slot, title: "Dropped", time: "14:00", interviewerIds: [interviewer.id] });
    await cancelInterview(recruiter, { scheduledInterviewId: dropped.id });
    expect((await card()).interviews).toEqual({ scheduled: 1, scorecardsDue: 2, scorecardsSubmitted: 0 });

    const attributes = (await getScorecardPage(interviewer, onsite.id)).attributes;
    await saveScorecard(interviewer, { scheduledInterviewId: onsite.id, intent: "draft", keyTakeaways: "Half done" });
    expect((await card()).interviews?.scorecardsSubmitted).toBe(0);
    await saveScorecard(interviewer, {
      scheduledInterviewId: onsite.id,
      intent: "submit",
      keyTakeaways: "Solid",
      overallRecommendation: "yes",
      ratings: attributes.map((a) => ({ attributeId: a.id, rating: "yes", notes: "" })),
    });
    expect((await card()).interviews).toEqual({ scheduled: 1, scorecardsDue: 2, scorecardsSubmitted: 1 });
  });

  it("pages a big column while its count stays complete, and filters by name", async () => {
    const { req, stage } = await applicationOnTeamRequisition();
    // Rows straight into the tables, for speed; one candidate per application, as the unique key wants.
    const extra = await getDb()
      .insert(candidates)
      .values(Array.from({ length: CARDS_PER_PAGE + 9 }, (_, i) => ({ email: uniqueEmail(), firstName: `Bulk${i}`, lastName: "Applicant" })))
      .returning({ id: candidates.id });
    await getDb().insert(applications).values(extra.map((c) => ({ candidateId: c.id, requisitionId: req.id, stageId: stage("Applied").id })));

    const first = await getRequisitionPipeline(manager, req.id);
    const applied = first.stages.find((s) => s.name === "Applied")!;
    expect([applied.count, applied.applications.length, applied.hasMore]).toEqual([CARDS_PER_PAGE + 10, CARDS_PER_PAGE, true]);
    // The newest arrivals fill the first page; the one waiting longest comes first when asked for.
    expect(applied.applications.map((a) => a.candidateName)).not.toContain("Ada Lovelace");
    const longest = (await getRequisitionPipeline(manager, req.id, { sort: "time-in-stage" })).stages[0]!;
    expect(longest.applications[0]!.candidateName).toBe("Ada Lovelace");
    const more = (await getRequisitionPipeline(manager, req.id, { expand: { stageId: stage("Applied").id, pages: 2 } })).stages[0]!;
    expect([more.applications.length, more.hasMore]).toEqual([CARDS_PER_PAGE + 10, false]);
    const filtered = (await getRequisitionPipeline(manager, req.id, { q: "lovel" })).stages[0]!;
    expect(filtered.applications.map((a) => a.candidateName)).toEqual(["Ada Lovelace"]);
    expect((await getRequisitionPipeline(manager, req.id, { q: "%" })).stages[0]!.applications).toEqual([]);
  });

  it("orders every column newest in stage first, longest in stage first, or by required qualifications met, with each card's tags in order", async () => {
    const { req, stage } = await applicationOnTeamRequisition();
    await getDb().delete(applications).where(eq(applications.requisitionId, req.id));
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    const rows = [
      { name: "Cleo", stage: "Applied", entered: day(3), key: 5 },
      { name: "Abel", stage: "Applied", entered: day(1), key: null },
      { name: "Bert", stage: "Applied", entered: day(2), key: 9 },
      { name: "Fay", stage: "Recruiter screen", entered: day(6), key: 1 },
      { name: "Dina", stage: "Recruiter screen", entered: day(4), key: 2 },
      { name: "Eli", stage: "Recruiter screen", entered: day(5), key: 7 },
    ];
    const people = await getDb()
      .insert(candidates)
      .values(rows.map((r) => ({ email: uniqueEmail(), firstName: r.name, lastName: "Order" })))
      .returning({ id: candidates.id });
    const inserted = await getDb()
      .insert(applications)
      .values(rows.map((r, i) => ({ candidateId: people[i]!.id, requisitionId: req.id, stageId: stage(r.stage).id, stageEnteredAt: r.entered, evidenceSortKey: r.key })))
      .returning({ id: applications.id });
    await getDb().insert(applicationTags).values(["remote", "backend", "go"].map((tag) => ({ applicationId: inserted[4]!.id, tag })));

    const names = (board: Awaited<ReturnType<typeof getRequisitionPipeline>>, column: string) =>
      board.stages.find((s) => s.name === column)!.applications.map((a) => a.candidateName.split(" ")[0]);
    const newest = await getRequisitionPipeline(manager, req.id);
    expect([names(newest, "Applied"), names(newest, "Recruiter screen")]).toEqual([
      ["Cleo", "Bert", "Abel"],
      ["Fay", "Eli", "Dina"],
    ]);
    const byTime = await getRequisitionPipeline(manager, req.id, { sort: "time-in-stage" });
    expect([names(byTime, "Applied"), names(byTime, "Recruiter screen")]).toEqual([
      ["Abel", "Bert", "Cleo"],
      ["Dina", "Eli", "Fay"],
    ]);
    expect(byTime.stages.find((s) => s.name === "Recruiter screen")!.applications[0]!.tags).toEqual(["backend", "go", "remote"]);
    const byEvidence = await getRequisitionPipeline(manager, req.id, { sort: "required-met" });
    expect([names(byEvidence, "Applied"), names(byEvidence, "Recruiter screen")]).toEqual([
      ["Bert", "Cleo", "Abel"],
      ["Eli", "Dina", "Fay"],
    ]);
  });
});

describe("stage rules in the service", () => {
  it("keeps a hired candidate in Hired unless an admin moves them", async () => {
    const admin = await createTestUser("admin");
    const { applicationId, stage } = await applicationOnTeamRequisition();
    await moveApplication(manager, { applicationId, toStageId: stage("Hired").id, expectedVersion: 1 });
    await expect(moveApplication(recruiter, { applicationId, toStageId: stage("Offer").id, expectedVersion: 2 })).rejects.toThrow("Only an admin can move a candidate out of Hired.");
    await moveApplication(admin, { applicationId, toStageId: stage("Offer").id, expectedVersion: 2 });
    expect(await eventsOf(applicationId)).toHaveLength(3);
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
