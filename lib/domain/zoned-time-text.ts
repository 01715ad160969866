/**
 * "Tuesday 4 March 2031, 10:00–11:30 (Europe/Berlin)": an interview as the people in its own time
 * zone read it, the way the candidate's invite names it, whatever zone the server runs in.
 */
export function describeZonedSpan(startsAt: Date, durationMinutes: number, timeZone: string, locale = "en-GB"): string {
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(startsAt);
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${day.replace(",", "")}, ${clock.format(startsAt)}–${clock.format(endsAt)} (${timeZone})`;
}
