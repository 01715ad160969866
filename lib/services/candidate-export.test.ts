import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applicationStatusTokens, applications, auditLog } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, pdfBytes, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { exportCandidateData } from "./candidate-export";
import { NotFoundError } from "./errors";
import { scheduleInterview } from "./interviews";
import { addNote } from "./notes";
import { getScorecardPage, saveScorecard } from "./scorecards";
import { addTags } from "./tags";

withTestDatabase();

let admin: UserActor, recruiter: UserActor, interviewer: UserActor;
let candidateId: string;
let applicationIds: string[];
const email = uniqueEmail("export");

beforeAll(async () => {
  [admin, recruiter, interviewer] = await Promise.all([createTestUser("admin"), createTestUser("recruiter", "Rae Export"), createTestUser("interviewer", "Ines Export")]);
  const reqs = await Promise.all([createTestRequisition({ team: [{ userId: interviewer.id, role: "interviewer" }] }), createTestRequisition()]);
  applicationIds = [];
  for (const req of reqs) {
    applicationIds.push(await applyToTestRequisition(req.slug, { contact: { firstName: "Exa", lastName: "Porter", email, coverLetter: "Dear team" }, resume: { filename: "exa.pdf", bytes: pdfBytes("exa porter") } }));
  }
  await addNote(recruiter, { applicationId: applicationIds[0]!, body: "Strong on queues." });
  await addTags(recruiter, [applicationIds[0]!], ["backend"]);
  const { id } = await scheduleInterview(recruiter, { applicationId: applicationIds[0]!, title: "Onsite", date: "2030-03-04", time: "10:00", timeZone: "UTC", durationMinutes: 60, location: "", interviewerIds: [interviewer.id] });
  const attributes = (await getScorecardPage(interviewer, id)).attributes;
  await saveScorecard(interviewer, { scheduledInterviewId: id, intent: "submit", keyTakeaways: "Clear thinker", overallRecommendation: "yes", ratings: attributes.map((a) => ({ attributeId: a.id, rating: "yes", notes: "fine" })) });
  [{ candidateId } = { candidateId: "" }] = await getDb().select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, applicationIds[0]!));
});

describe("exportCandidateData", () => {
  it("gives admins everything about the person in one JSON document, files inline, status links as a count", async () => {
    const { filename, json } = await exportCandidateData(admin, candidateId);
    expect(filename).toBe(`candidate-${candidateId}.json`);
    const doc = JSON.parse(json);
    expect(doc).toMatchObject({ format: "shortlist.candidate-export.v1", candidate: { id: candidateId, email, firstName: "Exa", lastName: "Porter" } });
    expect(doc.applications).toHaveLength(2);
    const [first] = doc.applications;
    expect(first).toMatchObject({
      coverLetter: "Dear team",
      consent: { noticeVersion: expect.any(String) },
      notes: [{ author: "Rae Export", body: "Strong on queues." }],
      tags: ["backend"],
      statusLinkCount: 1,
      interviews: [{ title: "Onsite", interviewers: ["Ines Export"], scorecards: [{ interviewer: "Ines Export", overallRecommendation: "yes", keyTakeaways: "Clear thinker" }] }],
    });
    expect(first.qualificationAnswers.length).toBeGreaterThan(0);
    expect(first.stageHistory.length).toBeGreaterThan(0);
    expect(Buffer.from(first.resumes[0].contentBase64, "base64").toString("utf8")).toContain("exa porter");
    expect(doc.emails.length).toBeGreaterThanOrEqual(3);
    expect(doc.emails.every((m: { to: string }) => m.to === email)).toBe(true);
    const tokens = await getDb().select().from(applicationStatusTokens).where(eq(applicationStatusTokens.applicationId, applicationIds[0]!));
    for (const token of tokens) expect(json).not.toContain(token.tokenHash);
  });

  it("is for admins only, and audited", async () => {
    for (const actor of [recruiter, interviewer]) await expect(exportCandidateData(actor, candidateId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportCandidateData(admin, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    const rows = await getDb().select().from(auditLog).where(eq(auditLog.action, "candidate.export"));
    expect(rows).toMatchObject([{ actorUserId: admin.id, targetType: "candidate", targetId: candidateId, details: { applications: 2 } }]);
  });
});
