import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, scorecards } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError } from "./errors";
import { cancelInterview, scheduleInterview } from "./interviews";
import { getScorecardMatrix, getScorecardPage, saveScorecard } from "./scorecards";

withTestDatabase();

let recruiter: UserActor, manager: UserActor, ivy: UserActor, jon: UserActor;
let applicationId: string, interviewId: string, attributeId: string;

beforeAll(async () => {
  [recruiter, manager, ivy, jon] = await Promise.all([
    createTestUser("recruiter", "Rita Drafts"),
    createTestUser("hiring_manager", "Hank Drafts"),
    createTestUser("interviewer", "Ivy Drafts"),
    createTestUser("interviewer", "Jon Drafts"),
  ]);
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: ivy.id, role: "interviewer" }, { userId: jon.id, role: "interviewer" }] });
  applicationId = await applyToTestRequisition(req.slug);
  ({ id: interviewId } = await scheduleInterview(recruiter, { applicationId, title: "Onsite", date: "2030-03-04", time: "10:00", timeZone: "UTC", durationMinutes: 60, location: "", interviewerIds: [ivy.id, jon.id] }));
  attributeId = (await getScorecardPage(ivy, interviewId)).attributes[0]?.id ?? "";
});

describe("autosaved drafts", () => {
  it("saves as often as asked, the last save wins, and reports when it was saved", async () => {
    const first = new Date("2030-03-04T11:05:00Z");
    const second = new Date("2030-03-04T11:06:00Z");
    expect(await saveScorecard(ivy, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "Str" }, first)).toMatchObject({ status: "draft", savedAt: first });
    const saved = await saveScorecard(ivy, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "Strong on SQL", ratings: [{ attributeId, rating: "yes", notes: "indexes" }] }, second);
    expect(saved.savedAt).toEqual(second);
    const page = await getScorecardPage(ivy, interviewId);
    expect(page.own).toMatchObject({ status: "draft", keyTakeaways: "Strong on SQL", updatedAt: second, submittedAt: null, amendments: [] });
    expect(page.own?.ratings[attributeId]).toEqual({ rating: "yes", notes: "indexes" });
    expect(page.canFill).toBe(true);
  });

  it("never submits, even with an overall recommendation chosen", async () => {
    await saveScorecard(ivy, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "Strong on SQL", overallRecommendation: "strong_yes" });
    const [row] = await getDb().select().from(scorecards).where(eq(scorecards.interviewerUserId, ivy.id));
    expect(row).toMatchObject({ status: "draft", submittedAt: null, overallRecommendation: "strong_yes" });
    expect(await getDb().select().from(auditLog).where(eq(auditLog.action, "scorecard.submit"))).toHaveLength(0);
  });

  it("shows a draft to nobody but its author, the hiring team included", async () => {
    for (const viewer of [manager, recruiter]) {
      const matrix = await getScorecardMatrix(viewer, applicationId);
      expect(matrix.interviews[0]?.interviewers.find((p) => p.id === ivy.id)?.scorecard).toBeNull();
      expect(JSON.stringify(matrix)).not.toContain("Strong on SQL");
      expect(JSON.stringify(await getScorecardPage(viewer, interviewId))).not.toContain("Strong on SQL");
    }
    expect(JSON.stringify(await getScorecardPage(jon, interviewId))).not.toContain("Strong on SQL");
  });

  it("refuses a draft save after submission and leaves the submitted scorecard untouched", async () => {
    await saveScorecard(ivy, { scheduledInterviewId: interviewId, intent: "submit", keyTakeaways: "Final words", overallRecommendation: "yes" });
    // A late autosave (a request that left the browser just before Submit) must not reopen or change it.
    await expect(saveScorecard(ivy, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "late autosave", overallRecommendation: "no" })).rejects.toBeInstanceOf(ConflictError);
    const [row] = await getDb().select().from(scorecards).where(eq(scorecards.interviewerUserId, ivy.id));
    expect(row).toMatchObject({ status: "submitted", keyTakeaways: "Final words", overallRecommendation: "yes" });
  });

  it("is not found for someone not on the interview, and refused once the interview is cancelled", async () => {
    await expect(saveScorecard(manager, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await saveScorecard(jon, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "before the cancel" });
    await cancelInterview(recruiter, { scheduledInterviewId: interviewId });
    await expect(saveScorecard(jon, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "after the cancel" })).rejects.toBeInstanceOf(ConflictError);
    const [row] = await getDb().select().from(scorecards).where(eq(scorecards.interviewerUserId, jon.id));
    expect(row?.keyTakeaways).toBe("before the cancel");
  });
});
