/** Wall-clock times in IANA zones, without a date library: Intl knows every zone's offsets. */

export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// The zone's offset from UTC at one instant, in milliseconds.
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the clocks of `timeZone` show `date` (YYYY-MM-DD) and `time` (HH:MM), or null
 * when the input is malformed. A time skipped by a daylight-saving jump resolves to the instant just
 * after the jump; a repeated hour resolves to its first occurrence.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || !isTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null;
  // The offsets a day either side bracket any transition that day: the earlier valid candidate wins a
  // repeated hour, and a skipped time falls on the later one (just after the jump).
  const candidates = [wall - offsetAt(wall - 86_400_000, timeZone), wall - offsetAt(wall + 86_400_000, timeZone)];
  const valid = candidates.filter((c) => c + offsetAt(c, timeZone) === wall);
  return new Date(valid.length > 0 ? Math.min(...valid) : Math.max(...candidates));
}

/** "YYYY-MM-DD" and "HH:MM" of an instant as shown in a zone (to prefill a reschedule form). */
export function utcToZonedParts(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  const iso = local.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export interface TimeSpan {
  startsAt: Date;
  durationMinutes: number;
}

export function endsAt(span: TimeSpan): Date {
  return new Date(span.startsAt.getTime() + span.durationMinutes * 60_000);
}

/** Half-open intervals: an interview ending at 11:00 does not clash with one starting at 11:00. */
export function spansOverlap(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt.getTime() < endsAt(b).getTime() && b.startsAt.getTime() < endsAt(a).getTime();
}
