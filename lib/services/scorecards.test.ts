import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, outboxMessages } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { getApplicationProfile } from "./application-profile";
import { getInterviewInvite, scheduleInterview } from "./interviews";
import { getApplicationInterviews, listMyInterviews } from "./interviews-queries";
import { getApplicationDetail } from "./pipeline";
import { getScorecardMatrix, getScorecardPage, saveScorecard } from "./scorecards";

withTestDatabase();

let recruiter: UserActor, manager: UserActor, alice: UserActor, bob: UserActor, outsider: UserActor;
let applicationId: string;
let interviewId: string;
let attributeIds: string[];

beforeAll(async () => {
  [recruiter, manager, alice, bob, outsider] = await Promise.all([
    createTestUser("recruiter", "Rita Cards"),
    createTestUser("hiring_manager", "Hank Cards"),
    createTestUser("interviewer", "Alice Cards"),
    createTestUser("interviewer", "Bob Cards"),
    createTestUser("interviewer", "Olga Cards"),
  ]);
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: alice.id, role: "interviewer" }, { userId: bob.id, role: "interviewer" }] });
  applicationId = await applyToTestRequisition(req.slug);
  ({ id: interviewId } = await scheduleInterview(recruiter, { applicationId, title: "Onsite", date: "2030-03-04", time: "10:00", timeZone: "UTC", durationMinutes: 60, location: "", interviewerIds: [alice.id, bob.id] }));
  attributeIds = (await getScorecardPage(alice, interviewId)).attributes.map((a) => a.id);
});

const SECRET = "Bob thinks the system design was excellent";

describe("scorecards", () => {
  it("rates each qualification of the requisition, required first", async () => {
    const page = await getScorecardPage(alice, interviewId);
    expect(page.attributes.map((a) => a.label)).toEqual(["Five years of Go.", "Operated PostgreSQL in production.", "Terraform."]);
    expect(page.attributes.every((a) => a.qualificationId)).toBe(true);
    expect(page).toMatchObject({ canFill: true, own: null, others: null });
  });

  it("keeps a draft, refuses a submission without an overall recommendation, and is final once submitted", async () => {
    const [first] = attributeIds;
    await saveScorecard(bob, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "draft thoughts", ratings: [{ attributeId: first ?? "", rating: "yes", notes: "solid" }] });
    const draft = await getScorecardPage(bob, interviewId);
    expect(draft.own).toMatchObject({ status: "draft", keyTakeaways: "draft thoughts" });
    expect(draft.own?.ratings[first ?? ""]).toEqual({ rating: "yes", notes: "solid" });
    await expect(saveScorecard(bob, { scheduledInterviewId: interviewId, intent: "submit", keyTakeaways: SECRET })).rejects.toBeInstanceOf(ValidationError);
    await saveScorecard(bob, { scheduledInterviewId: interviewId, intent: "submit", keyTakeaways: SECRET, overallRecommendation: "strong_yes", ratings: attributeIds.map((attributeId) => ({ attributeId, rating: "strong_yes", notes: "" })) });
    await expect(saveScorecard(bob, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "changed my mind" })).rejects.toBeInstanceOf(ConflictError);
    expect((await getScorecardPage(bob, interviewId)).canFill).toBe(false);
    const audit = await getDb().select().from(auditLog).where(eq(auditLog.action, "scorecard.submit"));
    expect(audit).toHaveLength(1);
  });

  it("is blind: Alice cannot read Bob's submitted scorecard before she submits her own, in any response", async () => {
    await saveScorecard(alice, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "my draft", overallRecommendation: "no" });
    const page = await getScorecardPage(alice, interviewId);
    expect(page.others).toBeNull();
    expect(JSON.stringify(page)).not.toContain(SECRET);
    const matrix = await getScorecardMatrix(alice, applicationId);
    expect(matrix.othersVisible).toBe(false);
    expect(matrix.interviews[0]?.interviewers.find((p) => p.id === bob.id)?.scorecard).toBeNull();
    expect(JSON.stringify(matrix)).not.toContain(SECRET);
    expect(JSON.stringify(matrix)).not.toContain("strong_yes");
    // Nor in anything else Alice can read about the application, or in the emails she was sent.
    const elsewhere = await Promise.all([
      getApplicationDetail(alice, applicationId),
      getApplicationProfile(alice, applicationId),
      getApplicationInterviews(alice, applicationId),
      listMyInterviews(alice),
      getInterviewInvite(alice, interviewId),
      getDb().select().from(outboxMessages).where(eq(outboxMessages.toAddress, alice.email)),
    ]);
    expect(JSON.stringify(elsewhere)).toContain("Grace");
    expect(JSON.stringify(elsewhere)).not.toContain(SECRET);
  });

  it("shows the hiring team every submitted scorecard but nobody's draft", async () => {
    for (const viewer of [manager, recruiter]) {
      const matrix = await getScorecardMatrix(viewer, applicationId);
      const [onsite] = matrix.interviews;
      expect(onsite?.interviewers.find((p) => p.id === bob.id)?.scorecard).toMatchObject({ status: "submitted", overallRecommendation: "strong_yes", keyTakeaways: SECRET });
      expect(onsite?.interviewers.find((p) => p.id === alice.id)?.scorecard).toBeNull();
      expect(JSON.stringify(matrix)).not.toContain("my draft");
    }
  });

  it("lets Alice see both scorecards once she has submitted hers", async () => {
    await saveScorecard(alice, { scheduledInterviewId: interviewId, intent: "submit", keyTakeaways: "Alice's view", overallRecommendation: "yes" });
    const page = await getScorecardPage(alice, interviewId);
    expect(page.own).toMatchObject({ status: "submitted", overallRecommendation: "yes" });
    expect(page.others?.map((c) => [c.interviewerName, c.keyTakeaways])).toEqual([["Bob Cards", SECRET]]);
    const matrix = await getScorecardMatrix(alice, applicationId);
    expect(matrix.interviews[0]?.interviewers.map((p) => p.scorecard?.overallRecommendation)).toEqual(["yes", "strong_yes"]);
  });

  it("is not found for anyone not on the interview, and refuses ratings of other attributes", async () => {
    await expect(getScorecardPage(outsider, interviewId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getScorecardMatrix(outsider, applicationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveScorecard(manager, { scheduledInterviewId: interviewId, intent: "draft" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveScorecard(outsider, { scheduledInterviewId: interviewId, intent: "draft" })).rejects.toBeInstanceOf(NotFoundError);
    const other = await scheduleInterview(recruiter, { applicationId, title: "Phone screen", date: "2030-03-05", time: "10:00", timeZone: "UTC", durationMinutes: 30, location: "", interviewerIds: [alice.id] });
    await expect(saveScorecard(alice, { scheduledInterviewId: other.id, intent: "draft", ratings: [{ attributeId: attributeIds[0] ?? "", rating: "yes", notes: "" }] })).rejects.toBeInstanceOf(ValidationError);
    // A new interview owed by Alice closes the others' scorecards to her again until she submits it.
    expect((await getScorecardMatrix(alice, applicationId)).othersVisible).toBe(false);
  });
});
