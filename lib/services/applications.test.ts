import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, auditLog, candidates, resumes, stageEvents, stages } from "@/db/schema";
import { createTestRequisition, pdfBytes, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor } from "@/lib/domain/actor";
import { submitApplication } from "./applications";
import { NotFoundError, ValidationError } from "./errors";

withTestDatabase();

const fields = (email = uniqueEmail()) => ({ firstName: "Grace", lastName: "Hopper", email });
const resume = () => ({ filename: "grace.pdf", bytes: pdfBytes() });

async function countWhere(table: typeof applications | typeof candidates | typeof resumes, where?: ReturnType<typeof eq>) {
  const [row] = await getDb().select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}

describe("submitApplication", () => {
  it("stores candidate, application in the first stage, resume, stage event and audit row together", async () => {
    const req = await createTestRequisition();
    const result = await submitApplication(anonymousActor, req.slug, fields(), resume());
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    const db = getDb();
    const [app] = await db.select().from(applications).where(eq(applications.id, result.applicationId));
    const [stage] = await db.select().from(stages).where(eq(stages.id, app!.stageId));
    expect(stage?.name).toBe("Applied");
    expect(await db.select().from(resumes).where(eq(resumes.applicationId, result.applicationId))).toHaveLength(1);
    const events = await db.select().from(stageEvents).where(eq(stageEvents.applicationId, result.applicationId));
    expect(events).toMatchObject([{ fromStageId: null, toStageId: stage!.id, actorUserId: null }]);
    expect(await db.select().from(auditLog).where(eq(auditLog.targetId, result.applicationId))).toHaveLength(1);
  });

  it("creates no duplicate when the same email applies again, whatever its case", async () => {
    const req = await createTestRequisition();
    const email = uniqueEmail();
    await submitApplication(anonymousActor, req.slug, fields(email), resume());
    const again = await submitApplication(anonymousActor, req.slug, fields(email.toUpperCase()), resume());
    expect(again.status).toBe("already_applied");
    expect(await countWhere(applications, eq(applications.requisitionId, req.id))).toBe(1);
  });

  it("creates exactly one application from simultaneous identical submissions", async () => {
    const req = await createTestRequisition();
    const email = uniqueEmail();
    const results = await Promise.all(Array.from({ length: 6 }, () => submitApplication(anonymousActor, req.slug, fields(email), resume())));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(await countWhere(applications, eq(applications.requisitionId, req.id))).toBe(1);
    expect(await countWhere(candidates, eq(candidates.email, email))).toBe(1);
  });

  it("gives one candidate two applications when they apply to two requisitions", async () => {
    const [a, b] = [await createTestRequisition(), await createTestRequisition()];
    const email = uniqueEmail();
    await submitApplication(anonymousActor, a.slug, fields(email), resume());
    await submitApplication(anonymousActor, b.slug, fields(email), resume());
    const [candidate] = await getDb().select().from(candidates).where(eq(candidates.email, email));
    expect(await countWhere(applications, eq(applications.candidateId, candidate!.id))).toBe(2);
  });

  it.each([
    { name: "a file that is not a PDF", file: { filename: "cv.pdf", bytes: new TextEncoder().encode("not a pdf") }, field: "resume" },
    { name: "no file", file: { filename: "", bytes: new Uint8Array() }, field: "resume" },
  ])("refuses $name and stores nothing", async ({ file, field }) => {
    const req = await createTestRequisition();
    const email = uniqueEmail();
    const attempt = submitApplication(anonymousActor, req.slug, fields(email), file);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { [field]: [expect.any(String)] } });
    expect(await countWhere(candidates, eq(candidates.email, email))).toBe(0);
  });

  it("refuses invalid fields with a message for each", async () => {
    const req = await createTestRequisition();
    const attempt = submitApplication(anonymousActor, req.slug, { firstName: " ", lastName: "", email: "not-an-email" }, resume());
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { firstName: ["Enter your first name."], lastName: ["Enter your last name."], email: [expect.stringContaining("valid email")] },
    });
  });

  it.each(["draft", "paused", "closed"] as const)("answers not-found for a %s requisition", async (status) => {
    const req = await createTestRequisition({ status });
    await expect(submitApplication(anonymousActor, req.slug, fields(), resume())).rejects.toBeInstanceOf(NotFoundError);
  });
});
