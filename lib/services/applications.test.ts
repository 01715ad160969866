import { count, eq, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  applicationConsents,
  applicationStageStays,
  applicationStatusTokens,
  applications,
  auditLog,
  candidates,
  outboxMessages,
  qualificationAnswers,
  questionAnswers,
  requisitions,
  resumes,
  selfIdentifications,
  stageEvents,
  stages,
} from "@/db/schema";
import { createTestRequisition, testContext, uniqueEmail, validSubmission } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { makeDocx } from "@/lib/resumes/testing/make-docx";
import { anonymousActor } from "@/lib/domain/actor";
import { PRIVACY_NOTICE_VERSION } from "@/lib/domain/privacy-notice";
import { submitApplication } from "./applications";
import { NotFoundError, RateLimitedError, ValidationError } from "./errors";
import { hashSecretToken } from "./secret-tokens";

withTestDatabase();

const submit = async (slug: string, overrides = {}) => submitApplication(anonymousActor, await validSubmission(slug, overrides), testContext);
async function rows(table: PgTable, where: SQL) {
  const [row] = await getDb().select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}

describe("submitApplication", () => {
  it("stores everything in one go: answers, consent, self-identification, resume, event, status link, email, audit", async () => {
    const req = await createTestRequisition({ posting: { workplaceType: "onsite", locations: ["Berlin, Germany"] } });
    const submission = await validSubmission(req.slug, { selfIdentification: { gender: "Woman", veteranStatus: "made up value" } });
    const result = await submitApplication(anonymousActor, submission, testContext);
    if (result.status !== "created") throw new Error(result.status);
    const id = result.applicationId;
    const db = getDb();
    const [app] = await db.select().from(applications).where(eq(applications.id, id));
    expect((await db.select().from(stages).where(eq(stages.id, app!.stageId)))[0]?.name).toBe("Applied");
    expect(await rows(qualificationAnswers, eq(qualificationAnswers.applicationId, id))).toBe(3);
    expect((await db.select().from(questionAnswers).where(eq(questionAnswers.applicationId, id))).map((a) => a.questionKey).sort()).toEqual(["location", "visa_sponsorship"]);
    expect(await db.select().from(applicationConsents).where(eq(applicationConsents.applicationId, id))).toMatchObject([{ noticeVersion: PRIVACY_NOTICE_VERSION }]);
    expect(await db.select().from(selfIdentifications).where(eq(selfIdentifications.applicationId, id))).toMatchObject([
      { gender: "Woman", veteranStatus: "Decline to self-identify", raceEthnicity: "Decline to self-identify" },
    ]);
    expect(await db.select().from(resumes).where(eq(resumes.applicationId, id))).toMatchObject([{ id: result.resumeId, textStatus: "pending", contentType: "application/pdf" }]);
    expect(await rows(stageEvents, eq(stageEvents.applicationId, id))).toBe(1);
    expect(await rows(auditLog, eq(auditLog.targetId, id))).toBe(1);
    const [token] = await db.select().from(applicationStatusTokens).where(eq(applicationStatusTokens.applicationId, id));
    expect(token?.tokenHash).toBe(hashSecretToken(result.statusToken));
    expect(result.statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [email] = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, submission.contact.email));
    expect(email?.textBody).toContain(`${testContext.baseUrl}/status/${result.statusToken}`);
  });

  it("indexes the new application once, with its name, evidence, answers and cover letter, and leaves the deferral behind", async () => {
    const req = await createTestRequisition();
    const submission = await validSubmission(req.slug, { contact: { firstName: "Zebulon", lastName: "Quaxley", email: uniqueEmail(), coverLetter: "I love marmalade." } });
    const [firstQualification] = Object.keys(submission.qualificationAnswers);
    submission.qualificationAnswers[firstQualification!] = { answer: "yes", evidence: "Migrated the flimflammery service." };
    const result = await submitApplication(anonymousActor, submission, testContext);
    if (result.status !== "created") throw new Error(result.status);
    const matches = async (word: string) =>
      (await getDb().execute<{ n: number }>(sql`select count(*)::int as n from application_search_documents where application_id = ${result.applicationId} and document @@ to_tsquery('english', ${word})`))[0]?.n;
    expect(await matches("zebulon")).toBe(1);
    expect(await matches("flimflammery")).toBe(1);
    expect(await matches("marmalade")).toBe(1);
    // The settings were transaction-local: later writes on the pooled connections refresh as usual.
    const [row] = await getDb().execute<{ search: string | null; stays: string | null }>(
      sql`select current_setting('shortlist.defer_search_documents', true) as search, current_setting('shortlist.defer_stage_stays', true) as stays`,
    );
    expect(row?.search ?? "").not.toBe("on");
    expect(row?.stays ?? "").not.toBe("on");
  });

  it("writes the new application's stage stay, its first stage entered when it applied, with the triggers deferred", async () => {
    const req = await createTestRequisition();
    const result = await submit(req.slug);
    if (result.status !== "created") throw new Error(result.status);
    const [application] = await getDb().select().from(applications).where(eq(applications.id, result.applicationId));
    const stays = await getDb().select().from(applicationStageStays).where(eq(applicationStageStays.applicationId, result.applicationId));
    expect(stays).toEqual([
      {
        applicationId: result.applicationId,
        stageId: application!.stageId,
        requisitionId: req.id,
        appliedAt: application!.createdAt,
        firstEnteredAt: application!.createdAt,
        closedSeconds: 0,
        openSince: application!.createdAt,
        inStageNow: true,
      },
    ]);
  });

  it("accepts a real DOCX resume", async () => {
    const req = await createTestRequisition();
    const docx = makeDocx(["Grace Hopper", "Built compilers."]);
    const result = await submit(req.slug, { resume: { filename: "grace.docx", bytes: docx } });
    expect(result.status).toBe("created");
  });

  it("stores a large resume byte for byte, uncompressed by PostgreSQL (its formats are compressed already)", async () => {
    const req = await createTestRequisition();
    // Compressible on purpose: with the default storage PostgreSQL would have compressed it.
    const bytes = new TextEncoder().encode(`%PDF-1.4\n${"Ran PostgreSQL in production. ".repeat(8_000)}\n%%EOF\n`);
    const result = await submit(req.slug, { resume: { filename: "long.pdf", bytes } });
    if (result.status !== "created") throw new Error(`expected a new application, got ${result.status}`);
    const [stored] = await getDb().execute<{ size: number; stored: number; same: boolean }>(
      sql`select octet_length(data) as size, pg_column_size(data) as stored, data = ${Buffer.from(bytes)} as same from resumes where application_id = ${result.applicationId}`,
    );
    expect(stored).toMatchObject({ size: bytes.byteLength, same: true });
    expect(Number(stored!.stored)).toBeGreaterThanOrEqual(bytes.byteLength);
  });

  it("reports every problem at once and stores nothing", async () => {
    const req = await createTestRequisition();
    const submission = await validSubmission(req.slug);
    const firstRequired = Object.keys(submission.qualificationAnswers)[0]!;
    const attempt = submitApplication(
      anonymousActor,
      {
        ...submission,
        contact: { firstName: "", lastName: "X", email: "nope", linkedinUrl: "https://evil.example/in/x" },
        qualificationAnswers: { ...submission.qualificationAnswers, [firstRequired]: { answer: null, evidence: null } },
        questionAnswers: {},
        consent: false,
        resume: { filename: "cv.pdf", bytes: new TextEncoder().encode("not a pdf") },
      },
      testContext,
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as ValidationError;
    expect(Object.keys(error.fieldErrors).sort()).toEqual(
      ["consent", "email", "firstName", "linkedinUrl", `qualification.${firstRequired}`, "question.location", "question.visa_sponsorship", "resume"].sort(),
    );
    expect(await rows(candidates, eq(candidates.email, "nope"))).toBe(0);
  });

  it("lets preferred qualifications go unanswered", async () => {
    const req = await createTestRequisition();
    const submission = await validSubmission(req.slug);
    const preferredId = Object.keys(submission.qualificationAnswers).at(-1)!;
    const result = await submitApplication(anonymousActor, { ...submission, qualificationAnswers: { ...submission.qualificationAnswers, [preferredId]: { answer: null, evidence: null } } }, testContext);
    expect(result.status).toBe("created");
  });

  it("flags a knockout answer for the reviewer without rejecting", async () => {
    const req = await createTestRequisition({ posting: { workplaceType: "hybrid", locations: ["London, UK"] } });
    const submission = await validSubmission(req.slug);
    const result = await submitApplication(anonymousActor, { ...submission, questionAnswers: { ...submission.questionAnswers, location: "No" } }, testContext);
    if (result.status !== "created") throw new Error(result.status);
    expect(await getDb().select().from(questionAnswers).where(eq(questionAnswers.applicationId, result.applicationId))).toContainEqual(
      expect.objectContaining({ questionKey: "location", answer: "No", knockout: true }),
    );
    const [app] = await getDb().select().from(applications).where(eq(applications.id, result.applicationId));
    expect((await getDb().select().from(stages).where(eq(stages.id, app!.stageId)))[0]?.kind).toBe("active");
  });

  it("treats the same form posted twice as one application, and a second form for the same job as already applied", async () => {
    const req = await createTestRequisition();
    const submission = await validSubmission(req.slug);
    const [first, again] = await Promise.all([submitApplication(anonymousActor, submission, testContext), submitApplication(anonymousActor, submission, testContext)]);
    expect([first.status, again.status].sort()).toEqual(["created", "duplicate_submission"]);
    const other = await validSubmission(req.slug, { contact: { ...submission.contact, email: submission.contact.email.toUpperCase() } });
    expect((await submitApplication(anonymousActor, other, testContext)).status).toBe("already_applied");
    const reminders = await getDb().select().from(outboxMessages).where(eq(outboxMessages.toAddress, submission.contact.email));
    expect(reminders.map((m) => m.textBody)).toContainEqual(expect.stringContaining("You have already applied"));
    expect(await rows(applications, eq(applications.requisitionId, req.id))).toBe(1);
  });

  it("gives one candidate two applications on two requisitions", async () => {
    const [a, b] = [await createTestRequisition(), await createTestRequisition()];
    const email = uniqueEmail();
    await submit(a.slug, { contact: { firstName: "G", lastName: "H", email } });
    await submit(b.slug, { contact: { firstName: "G", lastName: "H", email } });
    const [candidate] = await getDb().select().from(candidates).where(eq(candidates.email, email));
    expect(await rows(applications, eq(applications.candidateId, candidate!.id))).toBe(2);
  });

  it("limits applications per email, in the database, with a time to try again", async () => {
    process.env.RATE_LIMIT_APPLY_PER_EMAIL_DAY = "2";
    try {
      const email = uniqueEmail();
      for (let i = 0; i < 2; i++) await submit((await createTestRequisition()).slug, { contact: { firstName: "G", lastName: "H", email } });
      const third = submit((await createTestRequisition()).slug, { contact: { firstName: "G", lastName: "H", email } });
      await expect(third).rejects.toBeInstanceOf(RateLimitedError);
      await expect(third).rejects.toThrow(/Try again in \d+ minutes?/);
    } finally {
      delete process.env.RATE_LIMIT_APPLY_PER_EMAIL_DAY;
    }
  });

  it("refuses a job closed after its form was read, whatever the process kept of the form, and stores nothing", async () => {
    const req = await createTestRequisition();
    // Reads the form, which this process now keeps.
    const submission = await validSubmission(req.slug);
    // Closed behind the service's back: no cache is told.
    await getDb().update(requisitions).set({ status: "closed", closeReason: "cancelled" }).where(eq(requisitions.id, req.id));
    await expect(submitApplication(anonymousActor, submission, testContext)).rejects.toBeInstanceOf(NotFoundError);
    expect(await rows(applications, eq(applications.requisitionId, req.id))).toBe(0);
    expect(await rows(candidates, eq(candidates.email, submission.contact.email))).toBe(0);
  });

  it.each(["draft", "paused", "closed"] as const)("answers not-found for a %s requisition", async (status) => {
    const req = await createTestRequisition({ status });
    await expect(submitApplication(anonymousActor, { ...(await validSubmission((await createTestRequisition()).slug)), slug: req.slug }, testContext)).rejects.toBeInstanceOf(NotFoundError);
  });
});
