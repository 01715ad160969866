import { beforeAll, describe, expect, it } from "vitest";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, type UserActor } from "@/lib/domain/actor";
import { NotFoundError, ValidationError } from "./errors";
import { getRequisitionPipeline } from "./board";
import { getApplicationDetail } from "./pipeline";
import { editStage, getRequisitionSetup, setHiringTeam } from "./requisition-setup";

withTestDatabase();

let recruiter: UserActor;
let manager: UserActor;
let interviewer: UserActor;

beforeAll(async () => {
  [recruiter, manager, interviewer] = await Promise.all([createTestUser("recruiter"), createTestUser("hiring_manager"), createTestUser("interviewer")]);
});

const names = async (requisitionId: string) => (await getRequisitionSetup(recruiter, requisitionId)).stages.map((s) => s.name);

describe("setHiringTeam", () => {
  it("puts the hiring manager on the team, which gives them the requisition", async () => {
    const req = await createTestRequisition();
    await expect(getRequisitionPipeline(manager, req.id)).rejects.toBeInstanceOf(NotFoundError);
    await setHiringTeam(recruiter, req.id, { hiringManagerIds: [manager.id], recruiterIds: [recruiter.id], interviewerIds: [interviewer.id] });
    expect((await getRequisitionPipeline(manager, req.id)).showsApplications).toBe(true);
    expect((await getRequisitionSetup(recruiter, req.id)).team).toEqual({
      hiringManagerIds: [manager.id],
      recruiterIds: [recruiter.id],
      interviewerIds: [interviewer.id],
    });
  });

  it("refuses an interviewer in the hiring manager's seat", async () => {
    const req = await createTestRequisition();
    await expect(setHiringTeam(recruiter, req.id, { hiringManagerIds: [interviewer.id], recruiterIds: [], interviewerIds: [] })).rejects.toBeInstanceOf(ValidationError);
  });

  it.each([
    { who: "a hiring manager", actor: () => manager },
    { who: "an interviewer", actor: () => interviewer },
    { who: "anonymous", actor: () => anonymousActor },
  ])("answers not-found to $who", async ({ actor }) => {
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    await expect(getRequisitionSetup(actor(), req.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setHiringTeam(actor(), req.id, { hiringManagerIds: [], recruiterIds: [], interviewerIds: [] })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("editStage", () => {
  it("adds a stage before the outcomes, renames and reorders it", async () => {
    const req = await createTestRequisition();
    await editStage(recruiter, { op: "add", requisitionId: req.id, name: "Take-home" });
    expect(await names(req.id)).toEqual(["Applied", "Recruiter screen", "Technical screen", "Onsite", "Offer", "Take-home", "Hired", "Rejected"]);
    const takeHome = (await getRequisitionSetup(recruiter, req.id)).stages.find((s) => s.name === "Take-home")!;
    await editStage(recruiter, { op: "rename", requisitionId: req.id, stageId: takeHome.id, name: "Work sample" });
    await editStage(recruiter, { op: "move", requisitionId: req.id, stageId: takeHome.id, direction: "up" });
    expect(await names(req.id)).toEqual(["Applied", "Recruiter screen", "Technical screen", "Onsite", "Work sample", "Offer", "Hired", "Rejected"]);
  });

  it("removes only empty stages, keeping history readable", async () => {
    const req = await createTestRequisition();
    const applicationId = await applyToTestRequisition(req.slug);
    const setup = await getRequisitionSetup(recruiter, req.id);
    const applied = setup.stages.find((s) => s.name === "Applied")!;
    const onsite = setup.stages.find((s) => s.name === "Onsite")!;
    await expect(editStage(recruiter, { op: "remove", requisitionId: req.id, stageId: applied.id })).rejects.toThrow(/still holds 1 application/);
    await editStage(recruiter, { op: "remove", requisitionId: req.id, stageId: onsite.id });
    expect(await names(req.id)).not.toContain("Onsite");
    expect((await getApplicationDetail(recruiter, applicationId)).stages.map((s) => s.name)).not.toContain("Onsite");
  });

  it("refuses duplicate names and a stage of another requisition", async () => {
    const [a, b] = [await createTestRequisition(), await createTestRequisition()];
    await expect(editStage(recruiter, { op: "add", requisitionId: a.id, name: "onsite" })).rejects.toBeInstanceOf(ValidationError);
    const foreign = (await getRequisitionSetup(recruiter, b.id)).stages[1]!;
    await expect(editStage(recruiter, { op: "rename", requisitionId: a.id, stageId: foreign.id, name: "Mine now" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers not-found to the hiring manager", async () => {
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    await expect(editStage(manager, { op: "add", requisitionId: req.id, name: "Extra" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("stage targets", () => {
  it("sets and clears how long an application may wait in a stage, within bounds", async () => {
    const req = await createTestRequisition();
    const screen = (await getRequisitionSetup(recruiter, req.id)).stages.find((s) => s.name === "Recruiter screen")!;
    await editStage(recruiter, { op: "target", requisitionId: req.id, stageId: screen.id, targetDays: 5 });
    expect((await getRequisitionSetup(recruiter, req.id)).stages.find((s) => s.id === screen.id)?.targetDays).toBe(5);
    await expect(editStage(recruiter, { op: "target", requisitionId: req.id, stageId: screen.id, targetDays: 0 })).rejects.toBeInstanceOf(ValidationError);
    await editStage(recruiter, { op: "target", requisitionId: req.id, stageId: screen.id, targetDays: null });
    expect((await getRequisitionSetup(recruiter, req.id)).stages.find((s) => s.id === screen.id)?.targetDays).toBeNull();
  });
});
