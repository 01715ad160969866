import { describe, expect, it } from "vitest";
import { createTestRequisition, createTestUser, testContext, validSubmission } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor } from "@/lib/domain/actor";
import { submitApplication } from "./applications";
import { getApplicationStatus, withdrawApplication } from "./application-status";
import { NotFoundError, ValidationError } from "./errors";
import { getApplicationDetail, moveApplication } from "./pipeline";

withTestDatabase();

async function applied() {
  const req = await createTestRequisition();
  const result = await submitApplication(anonymousActor, await validSubmission(req.slug), testContext);
  if (result.status !== "created") throw new Error(result.status);
  return { req, ...result };
}

describe("the candidate's status page", () => {
  it("shows Received, then Under review after the first move", async () => {
    const { statusToken, applicationId } = await applied();
    expect(await getApplicationStatus(statusToken)).toMatchObject({ status: "Received", canWithdraw: true, firstName: "Grace" });
    const recruiter = await createTestUser("recruiter");
    const detail = await getApplicationDetail(recruiter, applicationId);
    await moveApplication(recruiter, { applicationId, toStageId: detail.stages[1]!.id, expectedVersion: detail.version });
    expect((await getApplicationStatus(statusToken)).status).toBe("Under review");
  });

  it("lets the candidate withdraw once, which the team sees as a move with the reason", async () => {
    const { statusToken, applicationId } = await applied();
    await withdrawApplication(statusToken);
    expect(await getApplicationStatus(statusToken)).toMatchObject({ status: "Withdrawn", canWithdraw: false });
    await expect(withdrawApplication(statusToken)).rejects.toBeInstanceOf(ValidationError);
    const detail = await getApplicationDetail(await createTestUser("admin"), applicationId);
    expect(detail.events[0]).toMatchObject({ from: "Applied", to: "Rejected", reason: "Withdrawn by the candidate", actorName: null });
  });

  it.each(["", "short", "x".repeat(43), "../../../etc/passwd"])("answers not-found for the token %j", async (token) => {
    await expect(getApplicationStatus(token)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawApplication(token)).rejects.toBeInstanceOf(NotFoundError);
  });
});
