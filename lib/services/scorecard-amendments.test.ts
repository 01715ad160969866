import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, scorecardAmendments, scorecards } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { scheduleInterview } from "./interviews";
import { amendScorecard } from "./scorecard-amendments";
import { getScorecardMatrix, getScorecardPage, saveScorecard } from "./scorecards";

withTestDatabase();

let recruiter: UserActor, manager: UserActor, admin: UserActor, ivy: UserActor, jon: UserActor;
let applicationId: string, interviewId: string, attributeId: string, ivyCardId: string;
const submittedAt = new Date("2030-03-04T12:00:00Z");

const amendmentCount = async () => (await getDb().select().from(scorecardAmendments)).length;
const auditCount = async () => (await getDb().select().from(auditLog).where(eq(auditLog.action, "scorecard.amend"))).length;

beforeAll(async () => {
  [recruiter, manager, admin, ivy, jon] = await Promise.all([
    createTestUser("recruiter", "Rita Amend"),
    createTestUser("hiring_manager", "Hank Amend"),
    createTestUser("admin", "Ada Amend"),
    createTestUser("interviewer", "Ivy Amend"),
    createTestUser("interviewer", "Jon Amend"),
  ]);
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: ivy.id, role: "interviewer" }, { userId: jon.id, role: "interviewer" }] });
  applicationId = await applyToTestRequisition(req.slug);
  ({ id: interviewId } = await scheduleInterview(recruiter, { applicationId, title: "Onsite", date: "2030-03-04", time: "10:00", timeZone: "UTC", durationMinutes: 60, location: "", interviewerIds: [ivy.id, jon.id] }));
  attributeId = (await getScorecardPage(ivy, interviewId)).attributes[0]?.id ?? "";
  ({ id: ivyCardId } = await saveScorecard(ivy, { scheduledInterviewId: interviewId, intent: "submit", keyTakeaways: "Good", overallRecommendation: "yes", ratings: [{ attributeId, rating: "yes", notes: "fine" }] }, submittedAt));
});

const amendment = (overrides: Record<string, unknown> = {}) => ({
  scorecardId: ivyCardId,
  reason: "Mixed up two candidates' notes",
  keyTakeaways: "Better than I wrote",
  overallRecommendation: "strong_yes" as const,
  ratings: [{ attributeId, rating: "strong_yes" as const, notes: "excellent" }],
  ...overrides,
});

describe("amendScorecard", () => {
  it("needs a reason and a recommendation, and writes nothing without them", async () => {
    await expect(amendScorecard(ivy, amendment({ reason: "   " }))).rejects.toMatchObject({ fieldErrors: { reason: ["Give a reason for the amendment."] } });
    await expect(amendScorecard(ivy, amendment({ overallRecommendation: undefined }))).rejects.toBeInstanceOf(ValidationError);
    await expect(amendScorecard(ivy, amendment({ keyTakeaways: "Good", overallRecommendation: "yes", ratings: [{ attributeId, rating: "yes", notes: "fine" }] }))).rejects.toThrow(/Nothing changed/);
    expect(await amendmentCount()).toBe(0);
    expect(await auditCount()).toBe(0);
  });

  it("is not found for another interviewer, the hiring manager and a recruiter; a draft cannot be amended", async () => {
    for (const actor of [jon, manager, recruiter]) await expect(amendScorecard(actor, amendment())).rejects.toBeInstanceOf(NotFoundError);
    const { id: jonDraft } = await saveScorecard(jon, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "thinking" });
    await expect(amendScorecard(jon, amendment({ scorecardId: jonDraft }))).rejects.toBeInstanceOf(ConflictError);
    await expect(amendScorecard(admin, amendment({ scorecardId: jonDraft }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await amendmentCount()).toBe(0);
  });

  it("keeps the previous content with the reason, changes the scorecard, and audits it, keeping the submission time", async () => {
    const at = new Date("2030-03-06T09:00:00Z");
    await amendScorecard(ivy, amendment(), at);
    const [stored] = await getDb().select().from(scorecardAmendments);
    expect(stored).toMatchObject({ scorecardId: ivyCardId, amendedByUserId: ivy.id, reason: "Mixed up two candidates' notes", createdAt: at });
    expect(stored?.previous).toMatchObject({ overallRecommendation: "yes", keyTakeaways: "Good", ratings: [{ attributeId, rating: "yes", notes: "fine" }], submittedAt: submittedAt.toISOString() });
    const [card] = await getDb().select().from(scorecards).where(eq(scorecards.id, ivyCardId));
    expect(card).toMatchObject({ status: "submitted", overallRecommendation: "strong_yes", keyTakeaways: "Better than I wrote", submittedAt, updatedAt: at });
    const [audit] = await getDb().select().from(auditLog).where(eq(auditLog.action, "scorecard.amend"));
    expect(audit).toMatchObject({ actorUserId: ivy.id, targetId: applicationId });
    expect(audit?.details).toMatchObject({ scorecardId: ivyCardId, amendmentId: stored?.id, from: "yes", to: "strong_yes" });
    // The reason is free text: it stays out of the audit row.
    expect(JSON.stringify(audit?.details)).not.toContain("Mixed up");
  });

  it("shows the hiring team the amendment with its reason, and hides it from an interviewer still owing a scorecard", async () => {
    const matrix = await getScorecardMatrix(manager, applicationId);
    const card = matrix.interviews[0]?.interviewers.find((p) => p.id === ivy.id)?.scorecard;
    expect(card?.amendments).toEqual([expect.objectContaining({ amendedByName: "Ivy Amend", reason: "Mixed up two candidates' notes" })]);
    const blind = await getScorecardMatrix(jon, applicationId);
    expect(JSON.stringify(blind)).not.toContain("Mixed up");
    expect(JSON.stringify(await getScorecardPage(jon, interviewId))).not.toContain("Mixed up");
  });

  it("lets an admin amend anyone's scorecard, and offers the amendment on the page only to those who may", async () => {
    expect((await getScorecardPage(ivy, interviewId)).amendableIds).toEqual([ivyCardId]);
    expect((await getScorecardPage(admin, interviewId)).amendableIds).toEqual([ivyCardId]);
    expect((await getScorecardPage(manager, interviewId)).amendableIds).toEqual([]);
    await amendScorecard(admin, amendment({ reason: "Entered on the wrong candidate", overallRecommendation: "no" }), new Date("2030-03-07T09:00:00Z"));
    const page = await getScorecardPage(manager, interviewId);
    expect(page.others?.find((c) => c.id === ivyCardId)).toMatchObject({ overallRecommendation: "no", amendments: [expect.objectContaining({ amendedByName: "Ivy Amend" }), expect.objectContaining({ amendedByName: "Ada Amend", reason: "Entered on the wrong candidate" })] });
    expect(await amendmentCount()).toBe(2);
    expect(await auditCount()).toBe(2);
  });

  it("refuses ratings of attributes of another interview, writing nothing", async () => {
    const other = await scheduleInterview(recruiter, { applicationId, title: "Phone screen", date: "2030-03-07", time: "10:00", timeZone: "UTC", durationMinutes: 30, location: "", interviewerIds: [ivy.id] });
    const otherAttribute = (await getScorecardPage(ivy, other.id)).attributes[0]?.id ?? "";
    await expect(amendScorecard(ivy, amendment({ ratings: [{ attributeId: otherAttribute, rating: "no", notes: "" }] }))).rejects.toBeInstanceOf(ValidationError);
    expect(await amendmentCount()).toBe(2);
  });
});
