import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, interviewFocusAttributes, interviewPlanItems, requisitions, scheduledInterviewAttributes, scheduledInterviews } from "@/db/schema";
import { seedIfEmpty } from "@/db/seed/seed";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, systemActor, type UserActor } from "@/lib/domain/actor";
import { NotFoundError, ValidationError } from "./errors";
import { archivePlanInterview, addPlanInterview, generateDefaultInterviewPlan, getInterviewPlan, movePlanInterview, updatePlanInterview, type InterviewPlan } from "./interview-plan";
import { backfillInterviewPlans } from "./interview-plan-defaults";
import { listSchedulablePlanInterviews } from "./interview-plan-scheduling";
import { scheduleInterview } from "./interviews";

withTestDatabase();

let admin: UserActor, recruiter: UserActor, manager: UserActor, otherManager: UserActor, interviewer: UserActor;
let requisitionId: string;
let otherRequisitionId: string;

beforeAll(async () => {
  [admin, recruiter, manager, otherManager, interviewer] = await Promise.all([
    createTestUser("admin", "Ada Plan"),
    createTestUser("recruiter", "Rita Plan"),
    createTestUser("hiring_manager", "Hank Plan"),
    createTestUser("hiring_manager", "Olga Plan"),
    createTestUser("interviewer", "Ivan Plan"),
  ]);
  const req = await createTestRequisition({
    posting: { requiredQualifications: ["Five years of Go.", "Operated PostgreSQL in production.", "Ran Kubernetes clusters on call."], preferredQualifications: ["Terraform."] },
    team: [{ userId: manager.id, role: "hiring_manager" }, { userId: interviewer.id, role: "interviewer" }],
  });
  requisitionId = req.id;
  otherRequisitionId = (await createTestRequisition({ team: [{ userId: otherManager.id, role: "hiring_manager" }] })).id;
});

const interviewsOf = (plan: InterviewPlan) => plan.stages.flatMap((s) => s.interviews.map((i) => ({ stage: s.name, ...i })));
const required = (plan: InterviewPlan) => plan.qualifications.filter((q) => q.kind === "required");

describe("the default plan of a new requisition", () => {
  it("is generated with the requisition, covers every required qualification, and is audited", async () => {
    const plan = await getInterviewPlan(recruiter, requisitionId);
    expect(interviewsOf(plan).map((i) => [i.stage, i.name])).toEqual([
      ["Recruiter screen", "Recruiter screen"],
      ["Technical screen", "Technical screen"],
      ["Onsite", "Deep dive: Operated PostgreSQL in production"],
      ["Onsite", "Values"],
    ]);
    expect(plan.uncovered).toEqual([]);
    const onsite = interviewsOf(plan).find((i) => i.name.startsWith("Deep dive"));
    expect(onsite?.focus.map((f) => f.label)).toEqual(["Operated PostgreSQL in production.", "Ran Kubernetes clusters on call.", "Terraform."]);
    const audit = await getDb().select().from(auditLog).where(and(eq(auditLog.action, "interview_plan.generate"), eq(auditLog.targetId, requisitionId)));
    expect(audit).toHaveLength(1);
  });
});

describe("who may see and edit the plan", () => {
  it("lets admins, recruiters and the requisition's hiring manager in; everyone else gets not-found", async () => {
    for (const actor of [admin, recruiter, manager]) await expect(getInterviewPlan(actor, requisitionId)).resolves.toMatchObject({ requisition: { id: requisitionId } });
    for (const actor of [otherManager, interviewer, anonymousActor]) await expect(getInterviewPlan(actor, requisitionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInterviewPlan(recruiter, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    const someInterview = interviewsOf(await getInterviewPlan(recruiter, requisitionId))[0];
    const edit = { planItemId: someInterview?.id ?? "", name: "Hijacked", durationMinutes: 30, customLabels: ["x"] };
    await expect(updatePlanInterview(otherManager, edit)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updatePlanInterview(interviewer, edit)).rejects.toBeInstanceOf(NotFoundError);
    await expect(archivePlanInterview(otherManager, { planItemId: edit.planItemId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(movePlanInterview(interviewer, { planItemId: edit.planItemId, direction: "down" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addPlanInterview(otherManager, { requisitionId, stageId: someInterview?.stageId ?? "", name: "x", durationMinutes: 30, customLabels: ["x"] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(generateDefaultInterviewPlan(interviewer, { requisitionId })).rejects.toBeInstanceOf(NotFoundError);
    const [unchanged] = await getDb().select().from(interviewPlanItems).where(eq(interviewPlanItems.id, edit.planItemId));
    expect(unchanged?.name).not.toBe("Hijacked");
  });
});

describe("editing the plan", () => {
  it("warns when a required qualification loses its only interview, and stops when it is restored", async () => {
    const plan = await getInterviewPlan(manager, requisitionId);
    const screen = interviewsOf(plan).find((i) => i.name === "Technical screen");
    const go = required(plan)[0];
    if (!screen || !go) throw new Error("default plan missing its technical screen");
    await updatePlanInterview(manager, { planItemId: screen.id, name: "Coding", durationMinutes: "50", instructions: "Pair on a small task.", qualificationIds: [], customLabels: ["Problem solving", ""] });
    const uncovered = await getInterviewPlan(manager, requisitionId);
    expect(uncovered.uncovered.map((q) => q.text)).toEqual(["Five years of Go."]);
    expect(interviewsOf(uncovered).find((i) => i.id === screen.id)).toMatchObject({ name: "Coding", durationMinutes: 50, instructions: "Pair on a small task.", focus: [{ qualificationId: null, customLabel: "Problem solving", label: "Problem solving" }] });
    await updatePlanInterview(manager, { planItemId: screen.id, name: "Coding", durationMinutes: 50, qualificationIds: [go.id], customLabels: ["Problem solving"] });
    expect((await getInterviewPlan(manager, requisitionId)).uncovered).toEqual([]);
    const audit = await getDb().select().from(auditLog).where(eq(auditLog.action, "interview_plan.update"));
    expect(audit.filter((a) => a.details.planItemId === screen.id)).toHaveLength(2);
  });

  it("refuses bad edits with field errors and writes nothing", async () => {
    const plan = await getInterviewPlan(recruiter, requisitionId);
    const item = interviewsOf(plan)[0];
    if (!item) throw new Error("no interview");
    const foreign = (await getInterviewPlan(recruiter, otherRequisitionId)).qualifications[0]?.id ?? "";
    const cases: [Record<string, unknown>, string][] = [
      [{ name: " ", durationMinutes: 30, customLabels: ["x"] }, "name"],
      [{ name: "x", durationMinutes: 4, customLabels: ["x"] }, "durationMinutes"],
      [{ name: "x", durationMinutes: 721, customLabels: ["x"] }, "durationMinutes"],
      [{ name: "x", durationMinutes: 30, customLabels: ["", " "] }, "focus"],
      [{ name: "x", durationMinutes: 30, customLabels: ["y".repeat(61)] }, "customLabels"],
      [{ name: "x", durationMinutes: 30, qualificationIds: [foreign] }, "qualificationIds"],
    ];
    for (const [fields, field] of cases) {
      const error = await updatePlanInterview(recruiter, { planItemId: item.id, ...fields } as Parameters<typeof updatePlanInterview>[1]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    }
    expect(interviewsOf(await getInterviewPlan(recruiter, requisitionId))[0]).toEqual({ stage: item.stage, ...interviewsOf(plan)[0] });
  });

  it("adds an interview at the end of a stage, moves it, and removes it", async () => {
    const plan = await getInterviewPlan(recruiter, requisitionId);
    const onsite = plan.stages.find((s) => s.name === "Onsite");
    const offer = plan.stages.find((s) => s.name === "Offer");
    if (!onsite || !offer) throw new Error("no onsite");
    const pg = required(plan)[1];
    const { id } = await addPlanInterview(recruiter, { requisitionId, stageId: onsite.id, name: "System design", durationMinutes: 60, instructions: "", qualificationIds: [pg?.id ?? ""], customLabels: ["Communication"] });
    const names = async () => (await getInterviewPlan(recruiter, requisitionId)).stages.find((s) => s.id === onsite.id)?.interviews.map((i) => i.name);
    expect((await names())?.at(-1)).toBe("System design");
    await movePlanInterview(recruiter, { planItemId: id, direction: "up" });
    expect((await names())?.slice(-2)).toEqual(["System design", "Values"]);
    await expect(movePlanInterview(recruiter, { planItemId: (await getInterviewPlan(recruiter, requisitionId)).stages.find((s) => s.id === onsite.id)?.interviews[0]?.id ?? "", direction: "up" })).rejects.toBeInstanceOf(ValidationError);
    await archivePlanInterview(recruiter, { planItemId: id });
    expect(await names()).not.toContain("System design");
    await expect(archivePlanInterview(recruiter, { planItemId: id })).rejects.toBeInstanceOf(NotFoundError);
    const [archived] = await getDb().select().from(interviewPlanItems).where(eq(interviewPlanItems.id, id));
    expect(archived?.archivedAt).toBeInstanceOf(Date);
    // A stage of another requisition is refused.
    const foreignStage = (await getInterviewPlan(recruiter, otherRequisitionId)).stages[0]?.id ?? "";
    await expect(addPlanInterview(recruiter, { requisitionId, stageId: foreignStage, name: "x", durationMinutes: 30, customLabels: ["x"] })).rejects.toBeInstanceOf(ValidationError);
    const actions = (await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, requisitionId))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["interview_plan.add", "interview_plan.move", "interview_plan.archive"]));
  });

  it("generates the default plan again only once every interview is removed", async () => {
    await expect(generateDefaultInterviewPlan(recruiter, { requisitionId: otherRequisitionId })).rejects.toBeInstanceOf(ValidationError);
    for (const i of interviewsOf(await getInterviewPlan(recruiter, otherRequisitionId))) await archivePlanInterview(recruiter, { planItemId: i.id });
    const emptied = await getInterviewPlan(recruiter, otherRequisitionId);
    expect(emptied.uncovered).toHaveLength(2);
    await expect(generateDefaultInterviewPlan(otherManager, { requisitionId: otherRequisitionId })).resolves.toEqual({ interviews: 4 });
    expect((await getInterviewPlan(recruiter, otherRequisitionId)).uncovered).toEqual([]);
  });
});

describe("scheduling from the plan", () => {
  it("offers the plan's interviews and copies the chosen one's focus attributes to the scorecard", async () => {
    const applicationId = await applyToTestRequisition((await getDb().select({ slug: requisitions.slug }).from(requisitions).where(eq(requisitions.id, requisitionId)))[0]?.slug ?? "");
    const offered = await listSchedulablePlanInterviews(recruiter, applicationId);
    expect(offered.map((o) => `${o.stageName}: ${o.name}`)).toContain("Technical screen: Coding");
    const coding = offered.find((o) => o.name === "Coding");
    const { id } = await scheduleInterview(recruiter, { applicationId, planItemId: coding?.id, title: "Coding", date: "2030-04-01", time: "10:00", timeZone: "UTC", durationMinutes: 50, interviewerIds: [interviewer.id] });
    const attributes = await getDb().select().from(scheduledInterviewAttributes).where(eq(scheduledInterviewAttributes.scheduledInterviewId, id)).orderBy(asc(scheduledInterviewAttributes.position));
    expect(attributes.map((a) => a.label)).toEqual(["Five years of Go.", "Problem solving"]);
    expect(attributes[1]?.qualificationId).toBeNull();
    const [row] = await getDb().select().from(scheduledInterviews).where(eq(scheduledInterviews.id, id));
    expect(row?.planItemId).toBe(coding?.id);
    // The interviewer now sees the application, but gets no plan to schedule from.
    expect(await listSchedulablePlanInterviews(interviewer, applicationId)).toEqual([]);
    const foreignItem = interviewsOf(await getInterviewPlan(recruiter, otherRequisitionId))[0]?.id;
    await expect(scheduleInterview(recruiter, { applicationId, planItemId: foreignItem, title: "x", date: "2030-04-02", time: "10:00", timeZone: "UTC", durationMinutes: 30, interviewerIds: [interviewer.id] })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("requisitions without a plan", () => {
  it("get the default plan from the seed step; the seed requisition starts with one", async () => {
    await getDb().delete(interviewPlanItems).where(eq(interviewPlanItems.requisitionId, otherRequisitionId));
    await expect(backfillInterviewPlans(recruiter)).rejects.toBeInstanceOf(NotFoundError);
    expect(await backfillInterviewPlans(systemActor("test"))).toBe(1);
    expect(interviewsOf(await getInterviewPlan(recruiter, otherRequisitionId))).toHaveLength(4);
    expect(await backfillInterviewPlans(systemActor("test"))).toBe(0);

    await seedIfEmpty({ demoUsers: false });
    const [seeded] = await getDb().select({ id: requisitions.id }).from(requisitions).where(eq(requisitions.slug, "backend-software-engineer"));
    const seedPlan = await getInterviewPlan(recruiter, seeded?.id ?? "");
    expect(interviewsOf(seedPlan).map((i) => i.name)).toEqual([
      "Recruiter screen",
      "Technical screen",
      "Deep dive: Solid distributed systems fundamentals",
      "Deep dive: Comfortable with protocols and networking",
      "Deep dive: Proven reliability engineering instincts from…",
      "Values",
    ]);
    expect(seedPlan.uncovered).toEqual([]);
    // A database seeded before plans existed gets one the next time the seed step runs.
    await getDb().delete(interviewPlanItems).where(eq(interviewPlanItems.requisitionId, seeded?.id ?? ""));
    await seedIfEmpty({ demoUsers: false });
    expect(interviewsOf(await getInterviewPlan(recruiter, seeded?.id ?? ""))).toHaveLength(6);
    expect(await getDb().select().from(interviewFocusAttributes)).not.toHaveLength(0);
  });
});
