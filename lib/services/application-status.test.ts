import { describe, expect, it } from "vitest";
import { createTestRequisition, createTestUser, testContext, validSubmission } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor } from "@/lib/domain/actor";
import { submitApplication } from "./applications";
import { getApplicationStatus, withdrawApplication } from "./application-status";
import { NotFoundError, ValidationError } from "./errors";
import { cancelInterview, scheduleInterview } from "./interviews";
import { approveOffer, draftOffer, markOfferExtended, recordOfferResponse } from "./offers";
import { getApplicationDetail, moveApplication } from "./pipeline";
import { setHiringTeam } from "./requisition-setup";

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

  it("shows Interviewing and the scheduled times in each interview's zone, then Offer once extended, then Hired", async () => {
    const { req, statusToken, applicationId } = await applied();
    const [recruiter, admin, ivan] = await Promise.all([createTestUser("recruiter"), createTestUser("admin"), createTestUser("interviewer", "Ivan Status")]);
    await setHiringTeam(recruiter, req.id, { hiringManagerIds: [], recruiterIds: [], interviewerIds: [ivan.id] });
    const slot = { applicationId, durationMinutes: 90, location: "Room 1", interviewerIds: [ivan.id] };
    await scheduleInterview(recruiter, { ...slot, title: "Onsite", date: "2031-03-04", time: "10:00", timeZone: "Europe/Berlin" });
    const call = await scheduleInterview(recruiter, { ...slot, title: "Team call", date: "2031-03-05", time: "09:00", timeZone: "America/New_York" });
    const dropped = await scheduleInterview(recruiter, { ...slot, title: "Dropped", date: "2031-03-06", time: "09:00", timeZone: "UTC" });
    await cancelInterview(recruiter, { scheduledInterviewId: dropped.id });

    const interviewing = await getApplicationStatus(statusToken);
    expect(interviewing.status).toBe("Interviewing");
    expect(interviewing.interviews.map((i) => [i.title, i.when])).toEqual([
      ["Onsite", "Tuesday 4 March 2031, 10:00–11:30 (Europe/Berlin)"],
      ["Team call", "Wednesday 5 March 2031, 09:00–10:30 (America/New_York)"],
    ]);
    expect(JSON.stringify(interviewing)).not.toContain("Ivan Status");
    expect(interviewing.interviews.map((i) => i.id)).toContain(call.id);

    const detail = await getApplicationDetail(recruiter, applicationId);
    const offerStage = detail.stages.find((s) => s.name === "Offer")!;
    await moveApplication(recruiter, { applicationId, toStageId: offerStage.id, expectedVersion: detail.version });
    const drafted = await draftOffer(recruiter, { applicationId, salary: 123_457, currency: "EUR", payPeriod: "year", startDate: "2031-05-01", notes: "Secret note" });
    expect((await getApplicationStatus(statusToken)).status).toBe("Interviewing");
    const approved = await approveOffer(admin, { offerId: drafted.offerId, expectedVersion: drafted.version, exceptionReason: "Above range" });
    expect((await getApplicationStatus(statusToken)).status).toBe("Interviewing");
    const extended = await markOfferExtended(recruiter, { offerId: drafted.offerId, expectedVersion: approved.version });
    const offered = await getApplicationStatus(statusToken);
    expect(offered.status).toBe("Offer");
    // Pay and notes are the team's: nothing of the offer but its existence reaches the candidate's page.
    expect(JSON.stringify(offered)).not.toMatch(/123457|Secret note/);

    await recordOfferResponse(recruiter, { offerId: drafted.offerId, expectedVersion: extended.version, response: "accepted" });
    expect(await getApplicationStatus(statusToken)).toMatchObject({ status: "Hired", canWithdraw: false, interviews: [] });
  });

  it.each(["", "short", "x".repeat(43), "../../../etc/passwd"])("answers not-found for the token %j", async (token) => {
    await expect(getApplicationStatus(token)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawApplication(token)).rejects.toBeInstanceOf(NotFoundError);
  });
});
