import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applications, candidates, requisitionMembers, requisitions, scheduledInterviewers, scheduledInterviews, scorecards, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { endsAt } from "@/lib/domain/interview-time";
import { canScheduleInterviews, seesAllScorecards } from "@/lib/domain/permissions";
import { interviewDueState, type InterviewDueState } from "@/lib/domain/scorecard-visibility";
import { loadApplicationForInterviews } from "./interviews-access";

export interface InterviewSummary {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  location: string;
  status: "scheduled" | "cancelled";
  sequence: number;
  interviewers: { id: string; name: string }[];
}

/**
 * The interviews of one application and, for those who may schedule, the hiring team to choose
 * interviewers from. A scheduled interviewer sees only the interviews they are on.
 */
export async function getApplicationInterviews(actor: Actor, applicationId: string) {
  const db = getDb();
  const { row, access } = await loadApplicationForInterviews(db, actor, applicationId);
  const canSchedule = canScheduleInterviews(actor, access);
  const [interviewRows, teamRows] = await Promise.all([
    db.select().from(scheduledInterviews).where(eq(scheduledInterviews.applicationId, row.id)).orderBy(asc(scheduledInterviews.startsAt)),
    canSchedule
      ? db.selectDistinct({ id: users.id, name: users.name }).from(requisitionMembers).innerJoin(users, eq(users.id, requisitionMembers.userId)).where(and(eq(requisitionMembers.requisitionId, row.requisitionId), eq(users.active, true))).orderBy(asc(users.name))
      : Promise.resolve([]),
  ]);
  const ids = interviewRows.map((i) => i.id);
  const people = ids.length > 0 ? await db.select({ interviewId: scheduledInterviewers.scheduledInterviewId, id: users.id, name: users.name }).from(scheduledInterviewers).innerJoin(users, eq(users.id, scheduledInterviewers.userId)).where(inArray(scheduledInterviewers.scheduledInterviewId, ids)).orderBy(asc(users.name)) : [];
  const interviews: InterviewSummary[] = interviewRows.map((i) => ({
    id: i.id,
    title: i.title,
    startsAt: i.startsAt,
    durationMinutes: i.durationMinutes,
    timeZone: i.timeZone,
    location: i.location,
    status: i.status,
    sequence: i.sequence,
    interviewers: people.filter((p) => p.interviewId === i.id).map(({ id, name }) => ({ id, name })),
  }));
  const mine = (i: InterviewSummary) => actor.kind === "user" && i.interviewers.some((p) => p.id === actor.id);
  return { canSchedule, team: teamRows, interviews: seesAllScorecards(actor, access) ? interviews : interviews.filter(mine) };
}

export interface MyInterview {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string;
  applicationId: string;
  candidateName: string;
  jobTitle: string;
  state: InterviewDueState;
}

/** "My interviews": upcoming ones, and past ones whose scorecard is still owed (overdue a day after). */
export async function listMyInterviews(actor: Actor, now = new Date()): Promise<{ upcoming: MyInterview[]; scorecardsDue: MyInterview[] }> {
  if (actor.kind !== "user") return { upcoming: [], scorecardsDue: [] };
  const rows = await getDb()
    .select({
      id: scheduledInterviews.id,
      title: scheduledInterviews.title,
      startsAt: scheduledInterviews.startsAt,
      durationMinutes: scheduledInterviews.durationMinutes,
      timeZone: scheduledInterviews.timeZone,
      location: scheduledInterviews.location,
      applicationId: applications.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      jobTitle: requisitions.title,
      scorecardStatus: scorecards.status,
    })
    .from(scheduledInterviewers)
    .innerJoin(scheduledInterviews, eq(scheduledInterviews.id, scheduledInterviewers.scheduledInterviewId))
    .innerJoin(applications, eq(applications.id, scheduledInterviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(requisitions, eq(requisitions.id, applications.requisitionId))
    .leftJoin(scorecards, and(eq(scorecards.scheduledInterviewId, scheduledInterviews.id), eq(scorecards.interviewerUserId, actor.id)))
    .where(and(eq(scheduledInterviewers.userId, actor.id), eq(scheduledInterviews.status, "scheduled")))
    .orderBy(asc(scheduledInterviews.startsAt));
  const all = rows.map((r): MyInterview => {
    const end = endsAt(r);
    return {
      id: r.id,
      title: r.title,
      startsAt: r.startsAt,
      endsAt: end,
      timeZone: r.timeZone,
      location: r.location,
      applicationId: r.applicationId,
      candidateName: `${r.firstName} ${r.lastName}`,
      jobTitle: r.jobTitle,
      state: interviewDueState(end, r.scorecardStatus === "submitted", now),
    };
  });
  return { upcoming: all.filter((i) => i.state === "upcoming"), scorecardsDue: all.filter((i) => i.state === "due" || i.state === "overdue") };
}
