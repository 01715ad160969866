import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, auditLog, candidates } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { getApplicationTimeline } from "./application-timeline";
import { findDuplicateCandidates, mergeCandidates } from "./candidate-merge";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { addNote } from "./notes";

withTestDatabase();

let recruiter: UserActor;
let manager: UserActor;

beforeAll(async () => {
  [recruiter, manager] = await Promise.all([createTestUser("recruiter"), createTestUser("hiring_manager")]);
});

const candidateOf = async (applicationId: string) =>
  (await getDb().select({ id: applications.candidateId }).from(applications).where(eq(applications.id, applicationId)))[0]!.id;

async function pair(first: { phone?: string; linkedinUrl?: string }, second: { phone?: string; linkedinUrl?: string }) {
  const [reqA, reqB] = [await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] }), await createTestRequisition()];
  const a = await applyToTestRequisition(reqA.slug, { contact: { firstName: "Kat", lastName: "Johnson", email: uniqueEmail(), ...first } });
  const b = await applyToTestRequisition(reqB.slug, { contact: { firstName: "Katherine", lastName: "Johnson", email: uniqueEmail(), ...second } });
  return { a, b, reqA, reqB };
}

describe("findDuplicateCandidates", () => {
  it("finds another candidate by phone digits or LinkedIn profile, however typed", async () => {
    const byPhone = await pair({ phone: "+1 (415) 555-0142" }, { phone: "1 415 555 0142" });
    expect(await findDuplicateCandidates(recruiter, byPhone.a)).toEqual([
      expect.objectContaining({ candidateId: await candidateOf(byPhone.b), name: "Katherine Johnson", matchedOn: ["phone"] }),
    ]);
    const byProfile = await pair({ linkedinUrl: "https://www.linkedin.com/in/KJohnson/" }, { linkedinUrl: "https://linkedin.com/in/kjohnson?trk=1" });
    expect((await findDuplicateCandidates(recruiter, byProfile.b)).map((d) => d.matchedOn)).toEqual([["linkedin"]]);
    const unrelated = await pair({ phone: "+1 415 555 0199" }, { phone: "+1 415 555 0198" });
    expect(await findDuplicateCandidates(recruiter, unrelated.a)).toEqual([]);
  });

  it("shows nothing to a hiring manager and is not found for one off the team", async () => {
    const { a, b } = await pair({ phone: "+44 20 7946 0001" }, { phone: "+44 20 7946 0001" });
    expect(await findDuplicateCandidates(manager, a)).toEqual([]);
    await expect(findDuplicateCandidates(manager, b)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("mergeCandidates", () => {
  it("moves the applications with their histories, deletes the duplicate and audits both ids", async () => {
    const { a, b } = await pair({ phone: "+49 30 1234567" }, { phone: "+49 30 1234567" });
    const [keep, merged] = [await candidateOf(a), await candidateOf(b)];
    await addNote(recruiter, { applicationId: b, body: "phone screen went well" });
    const result = await mergeCandidates(recruiter, { keepCandidateId: keep, mergeCandidateId: merged });
    expect(result.movedApplicationIds).toEqual([b]);
    expect(await candidateOf(b)).toBe(keep);
    expect(await getDb().select().from(candidates).where(eq(candidates.id, merged))).toEqual([]);
    const timeline = await getApplicationTimeline(recruiter, b);
    expect(timeline.some((e) => e.kind === "note" && e.body === "phone screen went well")).toBe(true);
    const [audit] = await getDb().select().from(auditLog).where(eq(auditLog.action, "candidate.merge"));
    expect(audit).toMatchObject({ targetId: keep, details: expect.objectContaining({ mergedFrom: merged, keptCandidateId: keep, applicationIds: [b] }) });
  });

  it("refuses to merge candidates who applied to the same job and changes nothing", async () => {
    const req = await createTestRequisition({ posting: { title: "Shared Job" } });
    const a = await applyToTestRequisition(req.slug, { contact: { firstName: "A", lastName: "One", email: uniqueEmail(), phone: "5550000001" } });
    const b = await applyToTestRequisition(req.slug, { contact: { firstName: "A", lastName: "Two", email: uniqueEmail(), phone: "5550000001" } });
    const [keep, merged] = [await candidateOf(a), await candidateOf(b)];
    const attempt = mergeCandidates(recruiter, { keepCandidateId: keep, mergeCandidateId: merged });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow(/Both candidates applied to Shared Job/);
    expect(await candidateOf(b)).toBe(merged);
  });

  it("is for admins and recruiters only, and not into itself", async () => {
    const { a, b } = await pair({}, {});
    const [keep, merged] = [await candidateOf(a), await candidateOf(b)];
    await expect(mergeCandidates(manager, { keepCandidateId: keep, mergeCandidateId: merged })).rejects.toBeInstanceOf(NotFoundError);
    await expect(mergeCandidates(recruiter, { keepCandidateId: keep, mergeCandidateId: keep })).rejects.toBeInstanceOf(ValidationError);
    expect(await candidateOf(b)).toBe(merged);
  });
});
