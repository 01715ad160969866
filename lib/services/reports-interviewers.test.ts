import { beforeAll, describe, expect, it } from "vitest";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, type UserActor } from "@/lib/domain/actor";
import { NotFoundError } from "./errors";
import { cancelInterview, scheduleInterview } from "./interviews";
import { getApplicationDetail, moveApplication } from "./pipeline";
import { rejectApplication, listRejectionReasons } from "./rejections";
import { getInterviewerCalibration } from "./reports-interviewers";
import { saveScorecard } from "./scorecards";

withTestDatabase();

let admin: UserActor, recruiter: UserActor, manager: UserActor, ivy: UserActor, jon: UserActor;
// Every interview is on 10 January 2026, 10:00–11:00 UTC; the report is read three weeks later.
const end = new Date("2026-01-10T11:00:00Z");
const afterEnd = (hours: number) => new Date(end.getTime() + hours * 3_600_000);
const now = new Date("2026-02-01T00:00:00Z");

async function interview(applicationId: string, interviewerIds: string[]) {
  const { id } = await scheduleInterview(recruiter, { applicationId, title: "Onsite", date: "2026-01-10", time: "10:00", timeZone: "UTC", durationMinutes: 60, location: "", interviewerIds });
  return id;
}
const submit = (actor: UserActor, scheduledInterviewId: string, overallRecommendation: "strong_no" | "no" | "yes" | "strong_yes", hoursAfterEnd: number) =>
  saveScorecard(actor, { scheduledInterviewId, intent: "submit", overallRecommendation }, afterEnd(hoursAfterEnd));

beforeAll(async () => {
  [admin, recruiter, manager, ivy, jon] = await Promise.all([
    createTestUser("admin", "Ada Calibration"),
    createTestUser("recruiter", "Rita Calibration"),
    createTestUser("hiring_manager", "Hank Calibration"),
    createTestUser("interviewer", "Ivy Calibration"),
    createTestUser("interviewer", "Jon Calibration"),
  ]);
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: ivy.id, role: "interviewer" }, { userId: jon.id, role: "interviewer" }] });
  const [hired, rejected, missing, withdrew, cancelled] = await Promise.all([1, 2, 3, 4, 5].map(() => applyToTestRequisition(req.slug)));
  if (!hired || !rejected || !missing || !withdrew || !cancelled) throw new Error("applications missing");

  // Hired: Ivy strong yes (on time), Jon no (30 hours late).
  const i1 = await interview(hired, [ivy.id, jon.id]);
  await submit(ivy, i1, "strong_yes", 2);
  await submit(jon, i1, "no", 30);
  // Rejected by the team: Ivy yes, Jon strong no, both on time.
  const i2 = await interview(rejected, [ivy.id, jon.id]);
  await submit(ivy, i2, "yes", 1);
  await submit(jon, i2, "strong_no", 1);
  // Ivy never submitted this one: due, and not on time.
  await interview(missing, [ivy.id]);
  // The candidate withdrew: Ivy's "no" is no agreement with a decision, and she scored alone.
  const i4 = await interview(withdrew, [ivy.id]);
  await submit(ivy, i4, "no", 3);
  // A cancelled interview counts for nothing.
  const i5 = await interview(cancelled, [ivy.id, jon.id]);
  await submit(ivy, i5, "strong_no", 1);
  await cancelInterview(recruiter, { scheduledInterviewId: i5 });

  const detail = await getApplicationDetail(recruiter, hired);
  const hiredStage = detail.stages.find((s) => s.kind === "hired");
  if (!hiredStage) throw new Error("no hired stage");
  await moveApplication(recruiter, { applicationId: hired, toStageId: hiredStage.id, expectedVersion: 1 });
  const reasons = await listRejectionReasons(recruiter);
  const ours = reasons.find((r) => r.kind === "we_rejected");
  const theirs = reasons.find((r) => r.kind === "they_withdrew");
  if (!ours || !theirs) throw new Error("no rejection reasons");
  await rejectApplication(recruiter, { applicationId: rejected, expectedVersion: 1, reasonId: ours.id, sendEmail: false });
  await rejectApplication(recruiter, { applicationId: withdrew, expectedVersion: 1, reasonId: theirs.id, sendEmail: false });
});

describe("getInterviewerCalibration", () => {
  it("computes each interviewer's figures from their scorecards, panels and decisions", async () => {
    const rows = await getInterviewerCalibration(recruiter, now);
    expect(rows.map((r) => r.name)).toEqual(["Ivy Calibration", "Jon Calibration"]);
    const [ivyRow, jonRow] = rows;
    // Ivy: 3 submitted (hired, rejected, withdrew) + 1 overdue missing = 4 due, 3 on time → 75 %.
    // Leniency on the 2 shared candidates: (4 + 3) / 2 − (2 + 1) / 2 = +2. Agreement: hired ✓, rejected ✗ → 50 %.
    expect(ivyRow).toMatchObject({ interviewerId: ivy.id, submitted: 3, due: 4, onTime: 3, onTimeRate: 75, distribution: { strong_no: 0, no: 1, yes: 1, strong_yes: 1 }, leniency: 2, decided: 2, agreed: 1, agreementRate: 50 });
    // Jon: 2 submitted, 1 late → 50 %. Leniency (2 + 1) / 2 − (4 + 3) / 2 = −2. Agreement: hired ✗, rejected ✓ → 50 %.
    expect(jonRow).toMatchObject({ interviewerId: jon.id, submitted: 2, due: 2, onTime: 1, onTimeRate: 50, distribution: { strong_no: 1, no: 1, yes: 0, strong_yes: 0 }, leniency: -2, decided: 2, agreed: 1, agreementRate: 50 });
  });

  it("is for admins and recruiters only; everyone else gets not-found", async () => {
    expect(await getInterviewerCalibration(admin, now)).toHaveLength(2);
    for (const actor of [manager, ivy, jon, anonymousActor]) await expect(getInterviewerCalibration(actor, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});
