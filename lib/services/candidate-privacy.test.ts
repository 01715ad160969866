import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { findCandidatePrivacyStatus, getCandidatePrivacyStatus } from "./candidate-privacy";
import { NotFoundError } from "./errors";

withTestDatabase();

let admin: UserActor, recruiter: UserActor;
let applicationId: string;
let candidateId: string;

beforeAll(async () => {
  [admin, recruiter] = await Promise.all([createTestUser("admin"), createTestUser("recruiter")]);
  const reqs = await Promise.all([createTestRequisition(), createTestRequisition()]);
  const contact = { firstName: "Priya", lastName: "Vacy", email: uniqueEmail("privacy") };
  applicationId = await applyToTestRequisition(reqs[0]!.slug, { contact });
  await applyToTestRequisition(reqs[1]!.slug, { contact });
  [{ candidateId } = { candidateId: "" }] = await getDb().select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, applicationId));
});

describe("candidate privacy status", () => {
  it("tells admins the name, hold and number of applications, from the candidate or one application", async () => {
    const expected = { candidateId, name: "Priya Vacy", legalHold: false, erasedAt: null, applicationCount: 2 };
    expect(await getCandidatePrivacyStatus(admin, candidateId)).toEqual(expected);
    expect(await findCandidatePrivacyStatus(admin, applicationId)).toEqual(expected);
  });

  it("is not found for anyone else, and empty for the application panel", async () => {
    await expect(getCandidatePrivacyStatus(recruiter, candidateId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await findCandidatePrivacyStatus(recruiter, applicationId)).toBeNull();
    expect(await findCandidatePrivacyStatus(admin, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
