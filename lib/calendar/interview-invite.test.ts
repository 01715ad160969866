import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildInterviewInvite, type InterviewInvite } from "./interview-invite";

const base: InterviewInvite = {
  uid: "0b6c3f9e-2f7e-4c54-9f5e-6f1e1d1c1b1a@shortlist.example",
  sequence: 0,
  method: "REQUEST",
  startsAt: new Date("2026-12-01T13:30:00Z"),
  durationMinutes: 90,
  timeZone: "Europe/Berlin",
  summary: "Onsite: Grace Hopper — Platform Engineer",
  description: "Interview for Platform Engineer; a line with a comma, a semicolon; and \"quotes\"",
  location: "https://meet.example/abc?x=1,2",
  organizer: { name: "Rita Recruiter", email: "rita@example.org" },
  attendees: [
    { name: "Ivan, the Interviewer", email: "ivan@example.org" },
    { name: "Grace Hopper", email: "grace@example.org" },
  ],
  stamp: new Date("2026-11-28T08:00:00Z"),
};

/** Parses with Mozilla's ical.js, an implementation independent of the one that wrote the file. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const event = new ICAL.Event(vevent);
  return { calendar, vevent, event };
}

describe("buildInterviewInvite", () => {
  it("writes a METHOD:REQUEST that an independent parser reads back exactly", () => {
    const { calendar, vevent, event } = parse(buildInterviewInvite(base));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-01T13:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-01T15:00:00.000Z");
    expect(event.summary).toBe(base.summary);
    expect(event.location).toBe(base.location);
    expect(event.description).toContain(base.description);
    expect(event.description).toContain("Europe/Berlin");
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(String(vevent.getFirstPropertyValue("organizer")).toLowerCase()).toBe("mailto:rita@example.org");
    const attendees = event.attendees.map((a) => ({ cn: a.getParameter("cn"), email: String(a.getFirstValue()).toLowerCase() }));
    expect(attendees).toEqual([
      { cn: "Ivan, the Interviewer", email: "mailto:ivan@example.org" },
      { cn: "Grace Hopper", email: "mailto:grace@example.org" },
    ]);
  });

  it("keeps the UID and carries the raised SEQUENCE on a reschedule, and cancels with METHOD:CANCEL", () => {
    const moved = parse(buildInterviewInvite({ ...base, sequence: 1, startsAt: new Date("2026-12-02T09:00:00Z") }));
    expect(moved.event.uid).toBe(base.uid);
    expect(moved.event.sequence).toBe(1);
    expect(moved.event.startDate.toJSDate().toISOString()).toBe("2026-12-02T09:00:00.000Z");
    const cancelled = parse(buildInterviewInvite({ ...base, sequence: 2, method: "CANCEL" }));
    expect(cancelled.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancelled.event.uid).toBe(base.uid);
    expect(cancelled.event.sequence).toBe(2);
    expect(cancelled.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("folds long lines at 75 octets and ends lines with CRLF", () => {
    const text = buildInterviewInvite({ ...base, description: "é".repeat(200) });
    const lines = text.split("\r\n");
    expect(lines.every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
  });
});
