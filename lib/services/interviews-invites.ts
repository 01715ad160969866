import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applications, candidates, requisitions, users, type ScheduledInterviewRow } from "@/db/schema";
import { buildInterviewInvite, INVITE_FILENAME, inviteContentType, type InvitePerson } from "@/lib/calendar/interview-invite";
import { mailFrom } from "@/lib/mail/transport";
import { enqueueEmail } from "./outbox";

// Header-bound text (subjects) must stay on one line whatever a candidate typed as their name.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();

function organisationMailbox(): InvitePerson {
  const from = mailFrom();
  const match = /^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1]?.trim() || "Shortlist", email: match[2] ?? from } : { name: "Shortlist", email: from };
}

/** Everything an invite for this interview needs, read in the caller's transaction. */
export async function loadInviteParties(tx: Executor, interview: ScheduledInterviewRow, interviewerIds: readonly string[]) {
  const [[context], interviewers, organizers] = await Promise.all([
    tx
      .select({ jobTitle: requisitions.title, firstName: candidates.firstName, lastName: candidates.lastName, email: candidates.email })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(requisitions, eq(requisitions.id, applications.requisitionId))
      .where(eq(applications.id, interview.applicationId))
      .limit(1),
    interviewerIds.length > 0 ? tx.select({ name: users.name, email: users.email }).from(users).where(inArray(users.id, [...interviewerIds])) : Promise.resolve([]),
    interview.organizerUserId ? tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, interview.organizerUserId)).limit(1) : Promise.resolve([]),
  ]);
  if (!context) throw new Error(`interview ${interview.id} has no application`);
  const candidate = { name: `${context.firstName} ${context.lastName}`, email: context.email };
  return { jobTitle: context.jobTitle, candidate, interviewers, organizer: organizers[0] ?? organisationMailbox() };
}

export type InviteParties = Awaited<ReturnType<typeof loadInviteParties>>;

export function renderInvite(interview: ScheduledInterviewRow, parties: InviteParties, method: "REQUEST" | "CANCEL", stamp: Date): string {
  return buildInterviewInvite({
    uid: interview.icalUid,
    sequence: interview.sequence,
    method,
    startsAt: interview.startsAt,
    durationMinutes: interview.durationMinutes,
    timeZone: interview.timeZone,
    summary: oneLine(`${interview.title}: ${parties.candidate.name} — ${parties.jobTitle}`),
    description: `${interview.title} for ${parties.jobTitle}.`,
    location: interview.location,
    organizer: parties.organizer,
    attendees: [...parties.interviewers, parties.candidate],
    stamp,
  });
}

const verbs = { scheduled: "Interview invitation", rescheduled: "Interview moved", cancelled: "Interview cancelled" } as const;

/** Queues the invite (or cancellation) for every interviewer and the candidate, in the caller's transaction. */
export async function enqueueInviteEmails(tx: Executor, interview: ScheduledInterviewRow, parties: InviteParties, change: keyof typeof verbs, now: Date) {
  const method = change === "cancelled" ? "CANCEL" : "REQUEST";
  const content = Buffer.from(renderInvite(interview, parties, method, now), "utf8").toString("base64");
  const attachments = [{ filename: INVITE_FILENAME, contentType: inviteContentType(method), content }];
  const when = `${interview.startsAt.toLocaleString("en-GB", { timeZone: interview.timeZone, dateStyle: "full", timeStyle: "short" })} (${interview.timeZone})`;
  const details = [`When: ${when}`, `Length: ${interview.durationMinutes} minutes`, interview.location ? `Where: ${interview.location}` : null].filter(Boolean).join("\n");
  const intro = change === "cancelled" ? "has been cancelled" : change === "rescheduled" ? "has moved; the calendar invite attached replaces the earlier one" : "is scheduled; the calendar invite is attached";
  for (const person of parties.interviewers) {
    await enqueueEmail(tx, {
      to: person.email,
      subject: oneLine(`${verbs[change]}: ${interview.title} with ${parties.candidate.name}`),
      text: `Hello ${person.name},\n\nThe ${interview.title} with ${parties.candidate.name} for ${parties.jobTitle} ${intro}.\n\n${details}\n`,
      attachments,
    });
  }
  await enqueueEmail(tx, {
    to: parties.candidate.email,
    subject: oneLine(`${verbs[change]}: ${parties.jobTitle}`),
    text: `Hello ${parties.candidate.name},\n\nYour ${interview.title} for ${parties.jobTitle} ${intro}.\n\n${details}\n`,
    attachments,
  });
}
