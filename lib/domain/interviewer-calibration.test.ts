import { describe, expect, it } from "vitest";
import { anonymousActor, systemActor } from "./actor";
import { calibrateInterviewers, canViewInterviewerCalibration, type OwedScorecard } from "./interviewer-calibration";

const end = new Date("2026-05-01T12:00:00Z");
const hours = (h: number) => new Date(end.getTime() + h * 3_600_000);
const now = hours(24 * 30);

function card(interviewerId: string, applicationId: string, recommendation: OwedScorecard["recommendation"], options: Partial<OwedScorecard> = {}): OwedScorecard {
  return { interviewerId, applicationId, interviewEndsAt: end, submittedAt: recommendation ? hours(1) : null, recommendation, decision: null, ...options };
}

describe("calibrateInterviewers", () => {
  // Panel on A1: Ivy strong yes (4), Jon no (2), Kim yes (3). On A2: Ivy yes (3), Jon strong no (1). A3: Ivy no (2), alone.
  const cards = [
    card("ivy", "A1", "strong_yes", { decision: "hired" }),
    card("jon", "A1", "no", { decision: "hired" }),
    card("kim", "A1", "yes", { decision: "hired" }),
    card("ivy", "A2", "yes", { decision: "rejected" }),
    card("jon", "A2", "strong_no", { decision: "rejected" }),
    card("ivy", "A3", "no"),
  ];
  const byId = (id: string) => calibrateInterviewers(cards, now).find((r) => r.interviewerId === id);

  it("leniency: own mean minus the other panelists' mean on shared candidates only", () => {
    // Ivy: own on A1, A2 = (4 + 3) / 2 = 3.5; others there = (2 + 3 + 1) / 3 = 2; A3 has no panel → +1.5.
    expect(byId("ivy")?.leniency).toBe(1.5);
    // Jon: own (2 + 1) / 2 = 1.5; others (4 + 3 + 3) / 3 = 3.333… → −1.83.
    expect(byId("jon")?.leniency).toBe(-1.83);
    // Kim: own 3; others on A1 (4 + 2) / 2 = 3 → 0.
    expect(byId("kim")?.leniency).toBe(0);
  });

  it("leniency is blank when no candidate was shared", () => {
    expect(calibrateInterviewers([card("solo", "A9", "yes")], now)[0]?.leniency).toBeNull();
  });

  it("counts the distribution of overall recommendations", () => {
    expect(byId("ivy")).toMatchObject({ submitted: 3, distribution: { strong_no: 0, no: 1, yes: 1, strong_yes: 1 } });
    expect(byId("jon")?.distribution).toEqual({ strong_no: 1, no: 1, yes: 0, strong_yes: 0 });
  });

  it("agreement: yes/strong yes for hires, no/strong no for rejections, over decided candidates only", () => {
    // Ivy: A1 hired + strong yes ✓, A2 rejected + yes ✗, A3 undecided → 1 of 2.
    expect(byId("ivy")).toMatchObject({ decided: 2, agreed: 1, agreementRate: 50 });
    // Jon: A1 hired + no ✗, A2 rejected + strong no ✓ → 1 of 2.
    expect(byId("jon")).toMatchObject({ decided: 2, agreed: 1, agreementRate: 50 });
    expect(byId("kim")).toMatchObject({ decided: 1, agreed: 1, agreementRate: 100 });
    expect(calibrateInterviewers([card("x", "A", "yes")], now)[0]).toMatchObject({ decided: 0, agreementRate: null });
  });

  it("on time: within 24 hours of the interview's end, over submitted plus overdue-missing scorecards", () => {
    const owed = [
      card("lea", "B1", "yes", { submittedAt: hours(24) }), // exactly a day: on time
      card("lea", "B2", "yes", { submittedAt: hours(24.01) }), // late
      card("lea", "B3", null), // missing, overdue: due and not on time
      card("lea", "B4", null, { interviewEndsAt: hours(24 * 30 - 2) }), // missing but not yet overdue: not counted
      card("lea", "B5", "no", { submittedAt: hours(-0.5) }), // submitted before the end: on time
    ];
    const [lea] = calibrateInterviewers(owed, now);
    // 2 on time of 4 due → 50 %.
    expect(lea).toMatchObject({ submitted: 3, due: 4, onTime: 2, onTimeRate: 50 });
  });

  it("lists an interviewer who owes scorecards but submitted none, with blanks rather than zeros", () => {
    const [late] = calibrateInterviewers([card("late", "C1", null)], now);
    expect(late).toMatchObject({ submitted: 0, due: 1, onTime: 0, onTimeRate: 0, leniency: null, agreementRate: null });
    expect(calibrateInterviewers([card("new", "C2", null, { interviewEndsAt: now })], now)[0]).toMatchObject({ due: 0, onTimeRate: null });
  });

  it("ignores drafts' recommendations: only submitted scorecards are scored", () => {
    const rows = [card("ivy", "D1", "yes"), card("jon", "D1", null, { recommendation: "strong_no" })];
    expect(calibrateInterviewers(rows, now).find((r) => r.interviewerId === "ivy")?.leniency).toBeNull();
  });
});

describe("canViewInterviewerCalibration", () => {
  it.each([
    ["admin", true],
    ["recruiter", true],
    ["hiring_manager", false],
    ["interviewer", false],
  ] as const)("%s → %s", (role, expected) => {
    expect(canViewInterviewerCalibration({ kind: "user", id: "u", role, name: "N", email: "n@example.com" })).toBe(expected);
  });
  it("refuses anonymous and system actors", () => {
    expect(canViewInterviewerCalibration(anonymousActor)).toBe(false);
    expect(canViewInterviewerCalibration(systemActor("x"))).toBe(false);
  });
});
