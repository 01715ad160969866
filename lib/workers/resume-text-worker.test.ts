import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, resumes } from "@/db/schema";
import { createTestRequisition, createTestUser, testContext, validSubmission } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor } from "@/lib/domain/actor";
import { makePdf } from "@/lib/resumes/testing/make-pdf";
import { submitApplication } from "@/lib/services/applications";
import { getApplicationDetail } from "@/lib/services/pipeline";
import { extractPendingResumeTexts } from "./resume-text-worker";

withTestDatabase();

async function drain() {
  while ((await extractPendingResumeTexts()) > 0) {
    // Keep going until no resume is pending.
  }
}

describe("the resume-text background job", () => {
  it("reads a pending resume, then the evidence matrix cites it and the board can sort by it", async () => {
    const req = await createTestRequisition({ posting: { requiredQualifications: ["Deploy and run services on Kubernetes."], preferredQualifications: [] } });
    const pdf = makePdf({ pages: [["Grace Hopper", "Migrated 40 services to Kubernetes at Acme, cutting deploy time by 60%."]] });
    const submission = await validSubmission(req.slug, { resume: { filename: "grace.pdf", bytes: pdf } });
    const result = await submitApplication(anonymousActor, submission, testContext);
    if (result.status !== "created") throw new Error(result.status);

    await drain();
    const [resume] = await getDb().select().from(resumes).where(eq(resumes.id, result.resumeId));
    expect(resume).toMatchObject({ textStatus: "ok" });
    expect(resume?.text).toContain("Migrated 40 services to Kubernetes");
    const [application] = await getDb().select().from(applications).where(eq(applications.id, result.applicationId));
    expect(application).toMatchObject({ requiredMet: 1, knockoutFlags: 0 });

    const detail = await getApplicationDetail(await createTestUser("admin"), result.applicationId);
    const [kubernetes] = detail.evidence.assessments;
    expect(kubernetes).toMatchObject({ status: "met", answer: "yes" });
    expect(kubernetes?.matches[0]?.sentence).toContain("Migrated 40 services to Kubernetes");
  });

  it("marks a resume whose text cannot be read as unavailable, and keeps the application", async () => {
    const req = await createTestRequisition();
    // Starts like a PDF, so intake accepts it, but has no readable body.
    const broken = new TextEncoder().encode("%PDF-1.7\n" + "garbage ".repeat(50));
    const result = await submitApplication(anonymousActor, await validSubmission(req.slug, { resume: { filename: "broken.pdf", bytes: broken } }), testContext);
    if (result.status !== "created") throw new Error(result.status);
    await drain();
    const [resume] = await getDb().select().from(resumes).where(eq(resumes.id, result.resumeId));
    expect(resume?.textStatus).toBe("unavailable");
    expect(resume?.textNote).toBeTruthy();
  });
});
