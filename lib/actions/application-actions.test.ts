import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { applications, requisitions } from "@/db/schema";
import { createTestRequisition, uniqueEmail, validSubmission } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { submitApplicationAction } from "./application-actions";
import { applyFieldNames } from "./apply-form-state";

vi.mock("next/headers", async (original) => (await import("@/lib/authorization/testing/request-context")).headersModule(await original()));
vi.mock("next/cache", async (original) => (await import("@/lib/authorization/testing/request-context")).cacheModule(await original()));
vi.mock("next/server", async (original) => (await import("@/lib/authorization/testing/request-context")).serverModule(await original()));

withTestDatabase();

describe("submitApplicationAction", () => {
  it("tells a candidate whose job closed while they filled the form, keeps what they typed and stores nothing", async () => {
    const req = await createTestRequisition();
    const submission = await validSubmission(req.slug);
    const form = new FormData();
    form.set("slug", req.slug);
    form.set("submissionId", submission.submissionId);
    form.set("firstName", "Grace");
    form.set("lastName", "Late");
    form.set("email", uniqueEmail("closed-job"));
    form.set("consent", "yes");
    form.set("resume", new File([new Uint8Array(submission.resume?.bytes ?? [])], "grace.pdf", { type: "application/pdf" }));
    for (const [id, answer] of Object.entries(submission.qualificationAnswers)) form.set(applyFieldNames.answer(id), answer.answer ?? "");
    for (const [key, answer] of Object.entries(submission.questionAnswers)) form.set(applyFieldNames.question(key), answer ?? "");
    await getDb().update(requisitions).set({ status: "closed" }).where(eq(requisitions.id, req.id));

    const state = await submitApplicationAction({ fieldErrors: {}, values: {}, resume: null, submissionId: randomUUID() }, form);

    expect(state.error).toBe("This job is no longer taking applications.");
    expect(state.values).toMatchObject({ firstName: "Grace", lastName: "Late" });
    const [stored] = await getDb().select({ n: count() }).from(applications).where(eq(applications.requisitionId, req.id));
    expect(stored?.n).toBe(0);
  });
});
