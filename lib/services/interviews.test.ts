import ICAL from "ical.js";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, outboxMessages } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { getApplicationProfile } from "./application-profile";
import { NotFoundError, ValidationError } from "./errors";
import { cancelInterview, getInterviewInvite, rescheduleInterview, scheduleInterview } from "./interviews";
import { getApplicationInterviews, listMyInterviews } from "./interviews-queries";
import { addNote } from "./notes";
import { getApplicationDetail, getResumeDownload, moveApplication } from "./pipeline";

withTestDatabase();

let recruiter: UserActor, manager: UserActor, ivan: UserActor, iris: UserActor, otherInterviewer: UserActor, outsider: UserActor;
let applicationId: string;
let secondApplicationId: string;

beforeAll(async () => {
  [recruiter, manager, ivan, iris, otherInterviewer, outsider] = await Promise.all([
    createTestUser("recruiter", "Rita Sched"),
    createTestUser("hiring_manager", "Hank Sched"),
    createTestUser("interviewer", "Ivan Sched"),
    createTestUser("interviewer", "Iris Sched"),
    createTestUser("interviewer", "Otto Sched"),
    createTestUser("hiring_manager", "Olga Outside"),
  ]);
  const req = await createTestRequisition({
    team: [{ userId: manager.id, role: "hiring_manager" }, { userId: ivan.id, role: "interviewer" }, { userId: iris.id, role: "interviewer" }, { userId: otherInterviewer.id, role: "interviewer" }],
  });
  applicationId = await applyToTestRequisition(req.slug);
  secondApplicationId = await applyToTestRequisition(req.slug);
});

const onsite = (overrides: Record<string, unknown> = {}) => ({
  applicationId,
  title: "Onsite",
  date: "2030-03-04",
  time: "14:00",
  timeZone: "Europe/Berlin",
  durationMinutes: 90,
  location: "https://meet.example/onsite",
  interviewerIds: [ivan.id, iris.id],
  ...overrides,
});

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { method: calendar.getFirstPropertyValue("method"), event: new ICAL.Event(vevent) };
}

const allMail = () => getDb().select().from(outboxMessages);
/** The outbox messages queued since `before` (a list of the messages that existed then). */
const mailsTo = async (before: { id: string }[]) => (await allMail()).filter((m) => !before.some((b) => b.id === m.id));

describe("interviewer access to applications", () => {
  it("is not found for an interviewer until they are scheduled, then opens the materials but not the hiring-team tools", async () => {
    await expect(getApplicationDetail(ivan, applicationId)).rejects.toBeInstanceOf(NotFoundError);
    const { id } = await scheduleInterview(recruiter, onsite({ date: "2030-01-10", interviewerIds: [ivan.id] }));
    const detail = await getApplicationDetail(ivan, applicationId);
    expect(detail.canMove).toBe(false);
    expect(detail.evidence.answers.length).toBeGreaterThan(0);
    expect((await getResumeDownload(ivan, applicationId)).filename).toBe("grace.pdf");
    // The candidate's materials, without the team's navigation or the candidate's other applications.
    expect(await getApplicationProfile(ivan, applicationId)).toMatchObject({ neighbours: { previousId: null, nextId: null }, otherApplications: [] });
    await expect(addNote(ivan, { applicationId, body: "hi" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveApplication(ivan, { applicationId, toStageId: detail.stages[1]?.id ?? "", expectedVersion: detail.version })).rejects.toBeInstanceOf(NotFoundError);
    // Teammates not scheduled on it, and other applications, stay hidden.
    await expect(getApplicationDetail(otherInterviewer, applicationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getApplicationDetail(ivan, secondApplicationId)).rejects.toBeInstanceOf(NotFoundError);
    await cancelInterview(recruiter, { scheduledInterviewId: id });
    await expect(getApplicationDetail(ivan, applicationId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("scheduleInterview", () => {
  it("stores the instant from the chosen zone and queues a parseable METHOD:REQUEST for each interviewer and the candidate", async () => {
    const since = await allMail();
    const { id, warnings } = await scheduleInterview(recruiter, onsite());
    expect(warnings).toEqual([]);
    const mails = (await mailsTo(since)).filter((m) => m.attachments.length > 0);
    const candidateEmail = (await getApplicationDetail(recruiter, applicationId)).candidate.email;
    expect(mails.map((m) => m.toAddress).sort()).toEqual([ivan.email, iris.email, candidateEmail].sort());
    for (const mail of mails) {
      const [attachment] = mail.attachments;
      expect(attachment?.contentType).toBe("text/calendar; method=REQUEST; charset=UTF-8");
      const { method, event } = parseIcs(Buffer.from(attachment?.content ?? "", "base64").toString("utf8"));
      expect(method).toBe("REQUEST");
      expect(event.startDate.toJSDate().toISOString()).toBe("2030-03-04T13:00:00.000Z");
      expect(event.sequence).toBe(0);
      expect(event.attendees).toHaveLength(3);
    }
    const audit = await getDb().select().from(auditLog).where(eq(auditLog.action, "interview.schedule"));
    expect(audit.some((a) => a.details.interviewId === id)).toBe(true);
  });

  it("warns about interviewers with an overlapping interview without refusing", async () => {
    const { warnings } = await scheduleInterview(recruiter, onsite({ applicationId: secondApplicationId, time: "15:00", interviewerIds: [iris.id, otherInterviewer.id] }));
    expect(warnings.map((w) => w.name)).toEqual(["Iris Sched"]);
    const back2back = await scheduleInterview(recruiter, onsite({ applicationId: secondApplicationId, time: "15:30", durationMinutes: 30, interviewerIds: [ivan.id] }));
    expect(back2back.warnings).toEqual([]);
  });

  it("refuses interviewers from outside the team, bad times, and anyone who may not schedule", async () => {
    await expect(scheduleInterview(recruiter, onsite({ interviewerIds: [outsider.id] }))).rejects.toBeInstanceOf(ValidationError);
    await expect(scheduleInterview(recruiter, onsite({ date: "2030-02-30" }))).rejects.toBeInstanceOf(ValidationError);
    await expect(scheduleInterview(recruiter, onsite({ timeZone: "Mars/Olympus" }))).rejects.toBeInstanceOf(ValidationError);
    await expect(scheduleInterview(outsider, onsite())).rejects.toBeInstanceOf(NotFoundError);
    await expect(scheduleInterview(ivan, onsite())).rejects.toBeInstanceOf(NotFoundError);
    await expect(scheduleInterview(manager, onsite({ date: "2031-01-01" }))).resolves.toMatchObject({ warnings: [] });
  });
});

describe("rescheduling and cancelling", () => {
  it("keeps the UID, raises SEQUENCE, and cancels with METHOD:CANCEL", async () => {
    const { id } = await scheduleInterview(recruiter, onsite({ date: "2030-05-05" }));
    const first = parseIcs((await getInterviewInvite(ivan, id)).ics);
    const moved = await rescheduleInterview(recruiter, { scheduledInterviewId: id, date: "2030-05-06", time: "09:30", timeZone: "America/New_York", durationMinutes: 60, location: "Room 4" });
    expect(moved.sequence).toBe(1);
    const second = parseIcs((await getInterviewInvite(recruiter, id)).ics);
    expect(second.event.uid).toBe(first.event.uid);
    expect(second.event.sequence).toBe(1);
    expect(second.event.startDate.toJSDate().toISOString()).toBe("2030-05-06T13:30:00.000Z");
    const since = await allMail();
    await cancelInterview(recruiter, { scheduledInterviewId: id });
    const cancelled = parseIcs((await getInterviewInvite(recruiter, id)).ics);
    expect(cancelled).toMatchObject({ method: "CANCEL" });
    expect(cancelled.event.uid).toBe(first.event.uid);
    expect(cancelled.event.sequence).toBe(2);
    const mails = await mailsTo(since);
    expect(mails.filter((m) => m.attachments[0]?.contentType.includes("method=CANCEL"))).toHaveLength(3);
    await expect(rescheduleInterview(recruiter, { scheduledInterviewId: id, date: "2030-05-07", time: "09:30", timeZone: "UTC", durationMinutes: 60, location: "" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("serves the invite only to those who may see the interview", async () => {
    const { id } = await scheduleInterview(recruiter, onsite({ date: "2030-06-01", interviewerIds: [iris.id] }));
    await expect(getInterviewInvite(iris, id)).resolves.toMatchObject({ filename: "interview.ics" });
    await expect(getInterviewInvite(manager, id)).resolves.toMatchObject({ filename: "interview.ics" });
    await expect(getInterviewInvite(otherInterviewer, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInterviewInvite(outsider, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInterviewInvite(outsider, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelInterview(iris, { scheduledInterviewId: id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listing interviews", () => {
  it("lists an interviewer's upcoming interviews and the past ones with a scorecard due, overdue after a day", async () => {
    const now = new Date("2030-03-05T12:00:00Z");
    const mine = await listMyInterviews(otherInterviewer, now);
    // 2030-03-04 15:00 Berlin, 90 minutes: ended 2030-03-04T15:30Z, under a day before `now`.
    expect(mine.scorecardsDue.map((i) => i.state)).toEqual(["due"]);
    const later = await listMyInterviews(otherInterviewer, new Date("2030-03-06T12:00:00Z"));
    expect(later.scorecardsDue.map((i) => i.state)).toEqual(["overdue"]);
    const before = await listMyInterviews(otherInterviewer, new Date("2030-01-01T00:00:00Z"));
    expect(before.upcoming).toHaveLength(1);
  });

  it("shows a scheduled interviewer only their own interviews of an application, and the team to schedulers", async () => {
    const forRecruiter = await getApplicationInterviews(recruiter, secondApplicationId);
    expect(forRecruiter.canSchedule).toBe(true);
    expect(forRecruiter.team.map((m) => m.name)).toEqual(expect.arrayContaining(["Ivan Sched", "Iris Sched", "Hank Sched"]));
    const forIvan = await getApplicationInterviews(ivan, secondApplicationId);
    expect(forIvan).toMatchObject({ canSchedule: false, team: [] });
    expect(forIvan.interviews.map((i) => i.interviewers.map((p) => p.name))).toEqual([["Ivan Sched"]]);
    const ids = forRecruiter.interviews.map((i) => i.id);
    expect(ids.length).toBeGreaterThan(forIvan.interviews.length);
    expect(await getDb().select().from(outboxMessages).where(inArray(outboxMessages.toAddress, [outsider.email]))).toHaveLength(0);
  });
});
