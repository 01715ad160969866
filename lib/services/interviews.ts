import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { qualifications, requisitionMembers, scheduledInterviewAttributes, scheduledInterviewers, scheduledInterviews, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { isTimeZone, spansOverlap, zonedTimeToUtc } from "@/lib/domain/interview-time";
import { canScheduleInterviews } from "@/lib/domain/permissions";
import { configuredBaseUrl } from "@/lib/app/base-url";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";
import { loadApplicationForInterviews, loadVisibleInterview } from "./interviews-access";
import { enqueueInviteEmails, loadInviteParties, renderInvite } from "./interviews-invites";
import { planItemAttributes } from "./interview-plan-scheduling";
import { publishChange } from "./live-events";

const whenSchema = {
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date."),
  time: z.string().regex(/^\d{2}:\d{2}$/, "Choose a start time."),
  timeZone: z.string().refine(isTimeZone, "Choose a time zone."),
  durationMinutes: z.coerce.number({ message: "Enter a length in minutes." }).int().min(5, "At least 5 minutes.").max(720, "At most 12 hours."),
  location: z.string().trim().max(500, "Use at most 500 characters.").default(""),
};

export const scheduleInterviewSchema = z.strictObject({
  applicationId: z.uuid(),
  title: z.string().trim().min(1, "Name the interview.").max(120, "Use at most 120 characters."),
  interviewerIds: z.array(z.uuid()).min(1, "Choose at least one interviewer.").max(20),
  // From the requisition's interview plan: the scorecard then rates that interview's focus attributes.
  planItemId: z.uuid("Choose an interview from the plan.").optional(),
  ...whenSchema,
});
export type ScheduleInterviewInput = z.input<typeof scheduleInterviewSchema>;

export const rescheduleInterviewSchema = z.strictObject({ scheduledInterviewId: z.uuid(), ...whenSchema });
export type RescheduleInterviewInput = z.input<typeof rescheduleInterviewSchema>;

/** An interviewer who already has a scheduled interview at an overlapping time: a warning, never a refusal. */
export interface OverlapWarning {
  userId: string;
  name: string;
  otherInterviewId: string;
  otherStartsAt: Date;
}

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(message, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  return parsed.data;
}

function startInstant(date: string, time: string, timeZone: string): Date {
  const startsAt = zonedTimeToUtc(date, time, timeZone);
  if (!startsAt) throw new ValidationError("The interview could not be scheduled.", { date: ["That date and time do not exist."] });
  return startsAt;
}

async function findOverlaps(db: Executor, userIds: readonly string[], span: { startsAt: Date; durationMinutes: number }, excludeId: string | null): Promise<OverlapWarning[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ userId: scheduledInterviewers.userId, name: users.name, id: scheduledInterviews.id, startsAt: scheduledInterviews.startsAt, durationMinutes: scheduledInterviews.durationMinutes })
    .from(scheduledInterviewers)
    .innerJoin(scheduledInterviews, eq(scheduledInterviews.id, scheduledInterviewers.scheduledInterviewId))
    .innerJoin(users, eq(users.id, scheduledInterviewers.userId))
    .where(and(inArray(scheduledInterviewers.userId, [...userIds]), eq(scheduledInterviews.status, "scheduled"), excludeId ? ne(scheduledInterviews.id, excludeId) : undefined));
  return rows.filter((row) => spansOverlap(row, span)).map((row) => ({ userId: row.userId, name: row.name, otherInterviewId: row.id, otherStartsAt: row.startsAt }));
}

// Without a plan item (or when its qualifications were all archived) the scorecard rates every open qualification.
async function everyOpenQualification(tx: Executor, requisitionId: string) {
  const quals = await tx.select({ id: qualifications.id, text: qualifications.text }).from(qualifications).where(and(eq(qualifications.requisitionId, requisitionId), isNull(qualifications.archivedAt))).orderBy(asc(qualifications.kind), asc(qualifications.position));
  return quals.map((q) => ({ qualificationId: q.id, label: q.text }));
}

function newIcalUid(): string {
  const configured = configuredBaseUrl();
  const host = configured ? new URL(configured).hostname : "shortlist.invalid";
  return `${randomUUID()}@${host}`;
}

/**
 * Schedules an interview for an application with interviewers from its hiring team, copies the
 * attributes to rate (the plan item's focus attributes, or else every open qualification, required
 * first), and queues the invites for the
 * interviewers and the candidate, all in one transaction. Overlapping interviews are reported, not refused.
 */
export async function scheduleInterview(actor: Actor, input: ScheduleInterviewInput, now = new Date()) {
  const data = parseOrThrow(scheduleInterviewSchema, input, "The interview could not be scheduled.");
  const db = getDb();
  const { row, access } = await loadApplicationForInterviews(db, actor, data.applicationId);
  if (!canScheduleInterviews(actor, access)) throw new NotFoundError("That application");
  const interviewerIds = [...new Set(data.interviewerIds)];
  const team = await db.select({ userId: requisitionMembers.userId }).from(requisitionMembers).where(eq(requisitionMembers.requisitionId, row.requisitionId));
  if (!interviewerIds.every((id) => team.some((m) => m.userId === id))) throw new ValidationError("The interview could not be scheduled.", { interviewerIds: ["Choose interviewers from the hiring team."] });
  const startsAt = startInstant(data.date, data.time, data.timeZone);
  return db.transaction(async (tx) => {
    const [interview] = await tx
      .insert(scheduledInterviews)
      .values({ applicationId: row.id, planItemId: data.planItemId ?? null, title: data.title, startsAt, durationMinutes: data.durationMinutes, timeZone: data.timeZone, location: data.location, icalUid: newIcalUid(), organizerUserId: actor.kind === "user" ? actor.id : null, createdAt: now, updatedAt: now })
      .returning();
    if (!interview) throw new Error("The interview insert returned no row.");
    await tx.insert(scheduledInterviewers).values(interviewerIds.map((userId) => ({ scheduledInterviewId: interview.id, userId })));
    const planned = data.planItemId ? await planItemAttributes(tx, row.requisitionId, data.planItemId) : [];
    const attributes = planned.length > 0 ? planned : await everyOpenQualification(tx, row.requisitionId);
    if (attributes.length > 0) await tx.insert(scheduledInterviewAttributes).values(attributes.map((a, position) => ({ scheduledInterviewId: interview.id, qualificationId: a.qualificationId, label: a.label, position })));
    const warnings = await findOverlaps(tx, interviewerIds, interview, interview.id);
    await enqueueInviteEmails(tx, interview, await loadInviteParties(tx, interview, interviewerIds), "scheduled", now);
    await writeAudit(tx, actor, { action: "interview.schedule", targetType: "application", targetId: row.id, details: { interviewId: interview.id, startsAt: startsAt.toISOString(), interviewerIds } });
    await publishChange(tx, { kind: "application.updated", requisitionId: row.requisitionId, applicationId: row.id });
    return { id: interview.id, warnings };
  });
}

async function loadChangeableInterview(tx: Executor, actor: Actor, scheduledInterviewId: string) {
  const visible = await loadVisibleInterview(tx, actor, scheduledInterviewId);
  if (!canScheduleInterviews(actor, visible.access)) throw new NotFoundError("That interview");
  const [locked] = await tx.select().from(scheduledInterviews).where(eq(scheduledInterviews.id, scheduledInterviewId)).for("update");
  if (!locked) throw new NotFoundError("That interview");
  if (locked.status === "cancelled") throw new ValidationError("This interview was cancelled.");
  return { ...visible, locked };
}

/** Moves an interview: the same iCalendar UID with SEQUENCE raised by one, so calendars update the event. */
export async function rescheduleInterview(actor: Actor, input: RescheduleInterviewInput, now = new Date()) {
  const data = parseOrThrow(rescheduleInterviewSchema, input, "The interview could not be moved.");
  const startsAt = startInstant(data.date, data.time, data.timeZone);
  return getDb().transaction(async (tx) => {
    const { locked, interviewerIds, requisitionId } = await loadChangeableInterview(tx, actor, data.scheduledInterviewId);
    const [updated] = await tx
      .update(scheduledInterviews)
      .set({ startsAt, timeZone: data.timeZone, durationMinutes: data.durationMinutes, location: data.location, sequence: locked.sequence + 1, updatedAt: now })
      .where(eq(scheduledInterviews.id, locked.id))
      .returning();
    if (!updated) throw new Error("The interview update returned no row.");
    const warnings = await findOverlaps(tx, interviewerIds, updated, updated.id);
    await enqueueInviteEmails(tx, updated, await loadInviteParties(tx, updated, interviewerIds), "rescheduled", now);
    await writeAudit(tx, actor, { action: "interview.reschedule", targetType: "application", targetId: updated.applicationId, details: { interviewId: updated.id, from: locked.startsAt.toISOString(), to: startsAt.toISOString() } });
    await publishChange(tx, { kind: "application.updated", requisitionId, applicationId: updated.applicationId });
    return { id: updated.id, sequence: updated.sequence, warnings };
  });
}

/** Cancels an interview and sends METHOD:CANCEL with the same UID and a raised SEQUENCE. */
export async function cancelInterview(actor: Actor, input: { scheduledInterviewId: string }, now = new Date()) {
  const { scheduledInterviewId } = parseOrThrow(z.strictObject({ scheduledInterviewId: z.uuid() }), input, "The interview could not be cancelled.");
  return getDb().transaction(async (tx) => {
    const { locked, interviewerIds, requisitionId } = await loadChangeableInterview(tx, actor, scheduledInterviewId);
    const [updated] = await tx.update(scheduledInterviews).set({ status: "cancelled", sequence: locked.sequence + 1, updatedAt: now }).where(eq(scheduledInterviews.id, locked.id)).returning();
    if (!updated) throw new Error("The interview update returned no row.");
    await enqueueInviteEmails(tx, updated, await loadInviteParties(tx, updated, interviewerIds), "cancelled", now);
    await writeAudit(tx, actor, { action: "interview.cancel", targetType: "application", targetId: updated.applicationId, details: { interviewId: updated.id } });
    await publishChange(tx, { kind: "application.updated", requisitionId, applicationId: updated.applicationId });
    return { id: updated.id, sequence: updated.sequence };
  });
}

/** The current .ics of an interview (REQUEST, or CANCEL once cancelled) for someone who may see it. */
export async function getInterviewInvite(actor: Actor, scheduledInterviewId: string, now = new Date()) {
  const db = getDb();
  const { interview, interviewerIds } = await loadVisibleInterview(db, actor, scheduledInterviewId);
  const parties = await loadInviteParties(db, interview, interviewerIds);
  return { filename: "interview.ics", ics: renderInvite(interview, parties, interview.status === "cancelled" ? "CANCEL" : "REQUEST", now) };
}
