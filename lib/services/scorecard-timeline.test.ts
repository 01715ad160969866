import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { getApplicationTimeline } from "./application-timeline";
import { NotFoundError } from "./errors";
import { scheduleInterview } from "./interviews";
import { loadRequisitionAccess } from "./requisition-access";
import { amendScorecard } from "./scorecard-amendments";
import { scorecardTimelineEntries } from "./scorecard-timeline";
import { getScorecardPage, saveScorecard } from "./scorecards";

withTestDatabase();

let recruiter: UserActor, manager: UserActor, ivy: UserActor, jon: UserActor;
let requisitionId: string, applicationId: string, interviewId: string;
const SECRET = "Jon's private verdict on the candidate";

beforeAll(async () => {
  [recruiter, manager, ivy, jon] = await Promise.all([
    createTestUser("recruiter", "Rita Timeline"),
    createTestUser("hiring_manager", "Hank Timeline"),
    createTestUser("interviewer", "Ivy Timeline"),
    createTestUser("interviewer", "Jon Timeline"),
  ]);
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: ivy.id, role: "interviewer" }, { userId: jon.id, role: "interviewer" }] });
  requisitionId = req.id;
  applicationId = await applyToTestRequisition(req.slug);
  ({ id: interviewId } = await scheduleInterview(recruiter, { applicationId, title: "Onsite", date: "2030-03-04", time: "10:00", timeZone: "UTC", durationMinutes: 60, location: "", interviewerIds: [ivy.id, jon.id] }));
  const { id: jonCard } = await saveScorecard(jon, { scheduledInterviewId: interviewId, intent: "submit", keyTakeaways: SECRET, overallRecommendation: "strong_no" }, new Date("2030-03-04T12:00:00Z"));
  await amendScorecard(jon, { scorecardId: jonCard, reason: "Too harsh after sleeping on it", keyTakeaways: SECRET, overallRecommendation: "no" }, new Date("2030-03-05T08:00:00Z"));
});

const entriesFor = async (actor: UserActor) => scorecardTimelineEntries(getDb(), actor, applicationId, await loadRequisitionAccess(getDb(), actor, requisitionId), 200);

describe("scorecards in the application timeline", () => {
  it("shows the hiring team each submission with its recommendation, and each amendment with the reason", async () => {
    const timeline = await getApplicationTimeline(manager, applicationId, new Date("2030-03-06T00:00:00Z"));
    const scorecardEntries = timeline.filter((e) => e.kind === "scorecard" || e.kind === "scorecard_amended");
    expect(scorecardEntries).toEqual([
      expect.objectContaining({ kind: "scorecard_amended", amendedByName: "Jon Timeline", byAuthor: true, interviewerName: "Jon Timeline", interviewTitle: "Onsite", from: "strong_no", to: "no", reason: "Too harsh after sleeping on it" }),
      // The submission shows what was submitted then, not what the amendment made of it.
      expect.objectContaining({ kind: "scorecard", interviewerName: "Jon Timeline", interviewTitle: "Onsite", recommendation: "strong_no" }),
    ]);
    // The takeaways themselves stay on the scorecard; the timeline carries the recommendation only.
    expect(JSON.stringify(timeline)).not.toContain(SECRET);
  });

  it("is not found for an interviewer, whatever they have submitted", async () => {
    await expect(getApplicationTimeline(ivy, applicationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getApplicationTimeline(jon, applicationId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never hands an interviewer another's scorecard before they submit their own, even called directly", async () => {
    await saveScorecard(ivy, { scheduledInterviewId: interviewId, intent: "draft", keyTakeaways: "Ivy drafting", overallRecommendation: "yes" });
    const blind = await entriesFor(ivy);
    expect(blind).toEqual([]);
    expect(JSON.stringify(blind)).not.toContain("Jon Timeline");
    // Jon has submitted everything he owes: he sees his own entries and Ivy's draft is nowhere.
    const jonEntries = await entriesFor(jon);
    expect(jonEntries.map((e) => e.kind)).toEqual(["scorecard_amended", "scorecard"]);
    expect(JSON.stringify(jonEntries)).not.toContain("Ivy");
  });

  it("opens the others' entries to an interviewer once theirs is in, and only then", async () => {
    await saveScorecard(ivy, { scheduledInterviewId: interviewId, intent: "submit", keyTakeaways: "Ivy's view", overallRecommendation: "yes" }, new Date("2030-03-05T09:00:00Z"));
    expect((await entriesFor(ivy)).map((e) => [e.kind, e.kind === "scorecard" ? e.interviewerName : e.amendedByName])).toEqual([
      ["scorecard", "Ivy Timeline"],
      ["scorecard_amended", "Jon Timeline"],
      ["scorecard", "Jon Timeline"],
    ]);
    // A new interview Ivy owes closes them again.
    const phone = await scheduleInterview(recruiter, { applicationId, title: "Phone screen", date: "2030-03-09", time: "10:00", timeZone: "UTC", durationMinutes: 30, location: "", interviewerIds: [ivy.id] });
    expect((await getScorecardPage(ivy, phone.id)).others).toBeNull();
    expect((await entriesFor(ivy)).map((e) => e.kind === "scorecard" && e.interviewerName)).toEqual(["Ivy Timeline"]);
  });
});
