import { describe, expect, it } from "vitest";
import { describeZonedSpan } from "./zoned-time-text";

describe("describeZonedSpan", () => {
  it.each([
    ["2031-03-04T09:00:00Z", 90, "Europe/Berlin", "Tuesday 4 March 2031, 10:00–11:30 (Europe/Berlin)"],
    ["2031-07-04T09:00:00Z", 60, "Europe/Berlin", "Friday 4 July 2031, 11:00–12:00 (Europe/Berlin)"],
    ["2031-03-04T23:30:00Z", 60, "America/New_York", "Tuesday 4 March 2031, 18:30–19:30 (America/New_York)"],
    ["2031-03-04T23:30:00Z", 60, "Asia/Tokyo", "Wednesday 5 March 2031, 08:30–09:30 (Asia/Tokyo)"],
    ["2031-03-04T09:00:00Z", 45, "UTC", "Tuesday 4 March 2031, 09:00–09:45 (UTC)"],
  ])("%s for %d min in %s", (iso, minutes, zone, expected) => {
    expect(describeZonedSpan(new Date(iso), minutes, zone)).toBe(expected);
  });
});
