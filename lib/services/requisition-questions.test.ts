import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestRequisition, createTestUser, testContext, validSubmission } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, type UserActor } from "@/lib/domain/actor";
import { getApplicationForm } from "./application-form";
import { submitApplication } from "./applications";
import { NotFoundError, ValidationError } from "./errors";
import { getApplicationDetail } from "./pipeline";
import { addRequisitionQuestion, listRequisitionQuestions, removeRequisitionQuestion } from "./requisition-questions";

withTestDatabase();

let recruiter: UserActor;
beforeAll(async () => {
  recruiter = await createTestUser("recruiter");
});

describe("custom application questions", () => {
  it("appear on the form, flag knockouts, and keep their answers after removal", async () => {
    const req = await createTestRequisition({ posting: { workplaceType: "remote", locations: ["Remote (EU)"] } });
    await addRequisitionQuestion(recruiter, req.id, { label: "Do you hold a driving licence?", kind: "yes_no", required: true, options: [], knockoutAnswers: ["No"] });
    await addRequisitionQuestion(recruiter, req.id, { label: "Preferred shift", kind: "single_choice", required: false, options: ["Early", "Late"], knockoutAnswers: [] });
    const form = await getApplicationForm(req.slug);
    expect(form.questions.map((q) => q.label)).toEqual(["Will you now or in the future require visa sponsorship?", "Do you hold a driving licence?", "Preferred shift"]);
    const licence = form.questions[1]!;
    const submission = await validSubmission(req.slug);
    const result = await submitApplication(anonymousActor, { ...submission, questionAnswers: { ...submission.questionAnswers, [licence.key]: "No" } }, testContext);
    if (result.status !== "created") throw new Error(result.status);

    await removeRequisitionQuestion(recruiter, req.id, licence.key);
    expect((await listRequisitionQuestions(recruiter, req.id)).map((q) => q.label)).toEqual(["Preferred shift"]);
    const detail = await getApplicationDetail(recruiter, result.applicationId);
    expect(detail.evidence.answers).toContainEqual({ key: licence.key, label: "Do you hold a driving licence?", answer: "No", knockout: true });
    expect(detail.evidence.summary.knockoutFlags).toContainEqual(expect.stringContaining("driving licence"));
  });

  it("are asked from the next form read after they are added or removed, though the form is kept between reads", async () => {
    const req = await createTestRequisition({ posting: { workplaceType: "remote", locations: ["Remote (EU)"] } });
    const before = await validSubmission(req.slug);
    expect((await getApplicationForm(req.slug)).questions.map((q) => q.label)).toEqual(["Will you now or in the future require visa sponsorship?"]);

    await addRequisitionQuestion(recruiter, req.id, { label: "Do you hold a driving licence?", kind: "yes_no", required: true, options: [], knockoutAnswers: [] });
    const form = await getApplicationForm(req.slug);
    const licence = form.questions.find((q) => q.label === "Do you hold a driving licence?");
    expect(licence).toBeDefined();
    // A form filled in before the question existed is now missing a required answer.
    const missing = submitApplication(anonymousActor, before, testContext);
    await expect(missing).rejects.toBeInstanceOf(ValidationError);
    await expect(missing).rejects.toMatchObject({ fieldErrors: { [`question.${licence!.key}`]: expect.any(Array) } });

    await removeRequisitionQuestion(recruiter, req.id, licence!.key);
    expect((await getApplicationForm(req.slug)).questions.map((q) => q.label)).toEqual(["Will you now or in the future require visa sponsorship?"]);
    expect((await submitApplication(anonymousActor, { ...before, submissionId: randomUUID() }, testContext)).status).toBe("created");
  });

  it("refuses a single-choice question without options and a knockout that is not an option", async () => {
    const req = await createTestRequisition();
    await expect(addRequisitionQuestion(recruiter, req.id, { label: "Pick", kind: "single_choice", required: true, options: ["Only"], knockoutAnswers: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(addRequisitionQuestion(recruiter, req.id, { label: "Why?", kind: "long_text", required: true, options: [], knockoutAnswers: ["Because"] })).rejects.toBeInstanceOf(ValidationError);
  });

  it("answers not-found to a hiring manager", async () => {
    const req = await createTestRequisition();
    const manager = await createTestUser("hiring_manager");
    await expect(addRequisitionQuestion(manager, req.id, { label: "Q", kind: "short_text", required: false, options: [], knockoutAnswers: [] })).rejects.toBeInstanceOf(NotFoundError);
  });
});
