import { eq, inArray, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, applicationTags, outboxMessages } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { bulkEmailCandidates, bulkMoveApplications, bulkRejectApplications, bulkTagApplications } from "./bulk-actions";
import { NotFoundError, ValidationError } from "./errors";
import { getApplicationDetail, moveApplication } from "./pipeline";
import { listRejectionReasons } from "./rejections";

withTestDatabase();

let manager: UserActor;
let recruiter: UserActor;
let outsider: UserActor;

beforeAll(async () => {
  [manager, recruiter, outsider] = await Promise.all([createTestUser("hiring_manager"), createTestUser("recruiter", "Rita Recruiter"), createTestUser("hiring_manager")]);
});

async function threeApplications() {
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
  const ids: string[] = [];
  for (const firstName of ["Ada", "Grace", "Edsger"]) ids.push(await applyToTestRequisition(req.slug, { contact: { firstName, lastName: "Test", email: uniqueEmail() } }));
  const detail = await getApplicationDetail(manager, ids[0]!);
  const stage = (name: string) => detail.stages.find((s) => s.name === name)!;
  return { req, ids, stage };
}

const stagesOf = async (ids: string[]) =>
  Object.fromEntries((await getDb().select().from(applications).where(inArray(applications.id, ids))).map((row) => [row.id, row.stageId]));

describe("bulkMoveApplications", () => {
  it("moves each card on its own: a stale one is reported, the others move", async () => {
    const { ids, stage } = await threeApplications();
    await moveApplication(recruiter, { applicationId: ids[1]!, toStageId: stage("Onsite").id, expectedVersion: 1 });
    const outcomes = await bulkMoveApplications(manager, { items: ids.map((applicationId) => ({ applicationId, expectedVersion: 1 })), toStageId: stage("Technical screen").id });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.stringMatching(/^Rita Recruiter moved this candidate to Onsite/) });
    const after = await stagesOf(ids);
    expect([after[ids[0]!], after[ids[1]!], after[ids[2]!]]).toEqual([stage("Technical screen").id, stage("Onsite").id, stage("Technical screen").id]);
  });

  it("reports cards the actor may not move as not found, without moving any of them", async () => {
    const { ids, stage } = await threeApplications();
    const outcomes = await bulkMoveApplications(outsider, { items: ids.map((applicationId) => ({ applicationId, expectedVersion: 1 })), toStageId: stage("Onsite").id });
    expect(outcomes.every((o) => !o.ok)).toBe(true);
    expect(Object.values(await stagesOf(ids))).toEqual([stage("Applied").id, stage("Applied").id, stage("Applied").id]);
  });

  it("refuses an empty selection", async () => {
    const { stage } = await threeApplications();
    await expect(bulkMoveApplications(manager, { items: [], toStageId: stage("Onsite").id })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("bulkRejectApplications", () => {
  it("rejects each selected card with the reason", async () => {
    const { ids, stage } = await threeApplications();
    const [reason] = await listRejectionReasons(manager);
    const outcomes = await bulkRejectApplications(manager, { items: ids.slice(0, 2).map((applicationId) => ({ applicationId, expectedVersion: 1 })), reasonId: reason!.id, sendEmail: false });
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const after = await stagesOf(ids);
    expect([after[ids[0]!], after[ids[1]!], after[ids[2]!]]).toEqual([stage("Rejected").id, stage("Rejected").id, stage("Applied").id]);
  });
});

describe("bulkTagApplications", () => {
  it("tags every selected application, or none when one is not visible", async () => {
    const { ids } = await threeApplications();
    await bulkTagApplications(manager, { applicationIds: ids, tag: "Strong Go" });
    const tags = await getDb().select().from(applicationTags).where(inArray(applicationTags.applicationId, ids));
    expect(tags.map((t) => t.tag)).toEqual(["strong go", "strong go", "strong go"]);
    const other = await threeApplications();
    await expect(bulkTagApplications(manager, { applicationIds: other.ids, tag: "x" })).resolves.toBeDefined();
    await expect(bulkTagApplications(outsider, { applicationIds: ids, tag: "nope" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().select().from(applicationTags).where(eq(applicationTags.tag, "nope"))).toHaveLength(0);
  });
});

describe("bulkEmailCandidates", () => {
  it("emails each selected candidate with their own name filled in, through the outbox", async () => {
    const req = await createTestRequisition();
    const ids = [
      await applyToTestRequisition(req.slug, { contact: { firstName: "Ada", lastName: "L", email: uniqueEmail("ada") } }),
      await applyToTestRequisition(req.slug, { contact: { firstName: "Grace", lastName: "H", email: uniqueEmail("grace") } }),
    ];
    const outcomes = await bulkEmailCandidates(recruiter, {
      items: ids.map((applicationId) => ({ applicationId, expectedVersion: 1 })),
      subject: "Next steps for {jobTitle}",
      body: "Hello {firstName}, thanks for applying.",
    });
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const sent = await getDb().select().from(outboxMessages).where(like(outboxMessages.subject, "Next steps for %"));
    expect(sent.map((m) => m.textBody).sort()).toEqual(["Hello Ada, thanks for applying.", "Hello Grace, thanks for applying."]);
  });

  it("refuses an empty subject, and reports an application the actor may not touch without failing the rest", async () => {
    const interviewer = await createTestUser("interviewer");
    const req = await createTestRequisition();
    const id = await applyToTestRequisition(req.slug);
    await expect(bulkEmailCandidates(recruiter, { items: [{ applicationId: id, expectedVersion: 1 }], subject: " ", body: "x" })).rejects.toBeInstanceOf(ValidationError);
    const outcomes = await bulkEmailCandidates(interviewer, { items: [{ applicationId: id, expectedVersion: 1 }], subject: "S", body: "B" });
    expect(outcomes).toEqual([{ applicationId: id, ok: false, error: expect.any(String) }]);
  });
});
