import { describe, expect, it } from "vitest";
import { isTimeZone, spansOverlap, utcToZonedParts, zonedTimeToUtc } from "./interview-time";

describe("zonedTimeToUtc", () => {
  it.each([
    ["2026-12-01", "14:30", "UTC", "2026-12-01T14:30:00.000Z"],
    ["2026-12-01", "14:30", "Europe/Berlin", "2026-12-01T13:30:00.000Z"],
    ["2026-07-01", "14:30", "Europe/Berlin", "2026-07-01T12:30:00.000Z"],
    ["2026-07-01", "09:00", "America/New_York", "2026-07-01T13:00:00.000Z"],
    ["2026-03-29", "02:30", "Europe/Berlin", "2026-03-29T01:30:00.000Z"], // skipped by the spring jump
    ["2026-10-25", "02:30", "Europe/Berlin", "2026-10-25T00:30:00.000Z"], // repeated: first occurrence
    ["2026-12-01", "10:00", "Asia/Kolkata", "2026-12-01T04:30:00.000Z"],
  ])("%s %s in %s is %s", (date, time, zone, expected) => {
    expect(zonedTimeToUtc(date, time, zone)?.toISOString()).toBe(expected);
  });

  it.each([
    ["2026-02-30", "10:00", "UTC"],
    ["2026-12-01", "24:00", "UTC"],
    ["01/12/2026", "10:00", "UTC"],
    ["2026-12-01", "10:00", "Mars/Olympus"],
  ])("refuses %s %s in %s", (date, time, zone) => {
    expect(zonedTimeToUtc(date, time, zone)).toBeNull();
  });

  it("round-trips through utcToZonedParts", () => {
    const instant = zonedTimeToUtc("2026-07-01", "09:15", "America/Los_Angeles");
    expect(instant && utcToZonedParts(instant, "America/Los_Angeles")).toEqual({ date: "2026-07-01", time: "09:15" });
  });
});

describe("isTimeZone and spansOverlap", () => {
  it("knows zones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Nowhere/Land")).toBe(false);
  });

  it.each([
    ["10:00", 60, "10:30", 60, true],
    ["10:00", 60, "11:00", 60, false],
    ["10:00", 120, "10:30", 15, true],
    ["11:00", 30, "10:00", 61, true],
  ] as const)("%s+%d vs %s+%d overlap: %s", (a, aMin, b, bMin, expected) => {
    const at = (hm: string) => new Date(`2026-12-01T${hm}:00Z`);
    expect(spansOverlap({ startsAt: at(a), durationMinutes: aMin }, { startsAt: at(b), durationMinutes: bMin })).toBe(expected);
  });
});
