import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export interface InvitePerson {
  name: string;
  email: string;
}

export interface InterviewInvite {
  /** Stable for the life of the interview: calendars match updates and cancellations by it. */
  uid: string;
  /** 0 when first sent, raised by one on every reschedule and on the cancellation. */
  sequence: number;
  method: "REQUEST" | "CANCEL";
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  summary: string;
  description: string;
  location: string;
  organizer: InvitePerson;
  attendees: readonly InvitePerson[];
  /** DTSTAMP: when this version of the invite was made. */
  stamp: Date;
}

export const INVITE_FILENAME = "invite.ics";

export function inviteContentType(method: InterviewInvite["method"]): string {
  return `text/calendar; method=${method}; charset=UTF-8`;
}

/**
 * An RFC 5545 iTIP message for one interview. Times are written in UTC (a trailing Z) so that no
 * VTIMEZONE block is needed and every client places the interview at the same instant; the zone the
 * organiser chose goes into the description for people reading the text.
 */
export function buildInterviewInvite(invite: InterviewInvite): string {
  const calendar = ical({
    prodId: { company: "Shortlist", product: "Shortlist", language: "EN" },
    method: invite.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: invite.uid,
    sequence: invite.sequence,
    stamp: invite.stamp,
    start: invite.startsAt,
    end: new Date(invite.startsAt.getTime() + invite.durationMinutes * 60_000),
    summary: invite.summary,
    description: `${invite.description}\n\nTime zone: ${invite.timeZone}`.trim(),
    location: invite.location || null,
    organizer: { name: invite.organizer.name, email: invite.organizer.email },
    attendees: invite.attendees.map((person) => ({ name: person.name, email: person.email, rsvp: invite.method === "REQUEST", role: ICalAttendeeRole.REQ })),
    status: invite.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
