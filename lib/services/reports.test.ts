import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { requisitions, requisitionStatusEvents, stages } from "@/db/schema";
import { createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, systemActor, type UserActor } from "@/lib/domain/actor";
import type { ReportFilter } from "@/lib/domain/report-filter";
import { NotFoundError } from "./errors";
import { listRejectionReasons } from "./rejections";
import { getReportCsv, getReports, listReportRequisitions } from "./reports";
import { day, insertHistory } from "@/db/testing/report-history";

withTestDatabase();

let admin: UserActor;
let recruiter: UserActor;
let manager: UserActor;
let interviewer: UserActor;
let main: { id: string };
let other: { id: string };
let interviewedOnly: { id: string };
const now = day(30);
const all = (requisitionId: string | null): ReportFilter => ({ requisitionId, from: null, to: null });

/**
 * The hand-counted histories (day numbers from 2026-01-01; "now" is day 30). Stages: Applied,
 * Recruiter screen (target 7 days), Technical screen, Onsite, Offer, Hired, Rejected; Applied's target is 20.
 *   A  day 0 LinkedIn  → RS 1 → TS 3 → Onsite 6 → Offer 10 → Hired 12
 *   B  day 0 LinkedIn  → RS 2 → TS 4 → RS 5 (backwards) → TS 7 → Rejected 9 (skills gap)
 *   C  day 1 (none)    → Rejected 2 (not enough experience) → RS 4 (re-opened), still there
 *   D  day 2 Referral  → RS 3 → withdrew 5 (the candidate, no reason)
 *   E  day 3 "  "      still in Applied
 *   F  day 20 LinkedIn → RS 21 → Rejected 22 (accepted another offer: they withdrew)
 *   H  day 4 Referral  → RS 5 → Hired 10 (skipping stages)
 * The requisition first opened on day -5 (status event) and was published on day -3.
 */
beforeAll(async () => {
  [admin, recruiter, manager, interviewer] = await Promise.all([createTestUser("admin"), createTestUser("recruiter"), createTestUser("hiring_manager"), createTestUser("interviewer")]);
  await listRejectionReasons(systemActor("test"));
  main = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: interviewer.id, role: "interviewer" }] });
  other = await createTestRequisition();
  interviewedOnly = await createTestRequisition({ team: [{ userId: manager.id, role: "interviewer" }] });
  const db = getDb();
  await db.update(requisitions).set({ publishedAt: day(-3) }).where(eq(requisitions.id, main.id));
  await db.update(requisitionStatusEvents).set({ createdAt: day(-5) }).where(eq(requisitionStatusEvents.requisitionId, main.id));
  for (const [name, targetDays] of [["Applied", 20], ["Recruiter screen", 7]] as const) {
    await db.update(stages).set({ targetDays }).where(eq(stages.name, name));
  }
  const add = (history: Parameters<typeof insertHistory>[2]) => insertHistory(main.id, manager.id, history);
  await add({ applied: 0, source: "LinkedIn", steps: [{ to: "Recruiter screen", at: 1 }, { to: "Technical screen", at: 3 }, { to: "Onsite", at: 6 }, { to: "Offer", at: 10 }, { to: "Hired", at: 12 }] });
  await add({
    applied: 0,
    source: "LinkedIn",
    steps: [
      { to: "Recruiter screen", at: 2 },
      { to: "Technical screen", at: 4 },
      { to: "Recruiter screen", at: 5 },
      { to: "Technical screen", at: 7 },
      { to: "Rejected", at: 9, reason: "Skills gap in required qualifications" },
    ],
  });
  await add({ applied: 1, source: null, steps: [{ to: "Rejected", at: 2, reason: "Not enough relevant experience" }, { to: "Recruiter screen", at: 4 }] });
  await add({ applied: 2, source: "Referral", steps: [{ to: "Recruiter screen", at: 3 }, { to: "Rejected", at: 5, byCandidate: true }] });
  await add({ applied: 3, source: "  " });
  await add({ applied: 20, source: "LinkedIn", steps: [{ to: "Recruiter screen", at: 21 }, { to: "Rejected", at: 22, reason: "Accepted another offer" }] });
  await add({ applied: 4, source: "Referral", steps: [{ to: "Recruiter screen", at: 5 }, { to: "Hired", at: 10 }] });
  await insertHistory(other.id, manager.id, { applied: 0, source: '=HYPERLINK("http://x")' });
});

describe("funnel", () => {
  it.each([
    {
      name: "all applications",
      filter: all(null),
      rows: [
        // stage, reached, conversion %, left rejected, left withdrew
        ["Applied", 7, null, 0, 0],
        ["Recruiter screen", 6, 86, 0, 2],
        ["Technical screen", 2, 33, 1, 0],
        ["Onsite", 1, 50, 0, 0],
        ["Offer", 1, 100, 0, 0],
        ["Hired", 2, 200, 0, 0],
      ],
    },
    {
      name: "applied on days 1–3 (C, D, E)",
      filter: { requisitionId: null, from: "2026-01-02", to: "2026-01-04" },
      rows: [
        ["Applied", 3, null, 0, 0],
        ["Recruiter screen", 2, 67, 0, 1],
        ["Technical screen", 0, 0, 0, 0],
        ["Onsite", 0, null, 0, 0],
        ["Offer", 0, null, 0, 0],
        ["Hired", 0, null, 0, 0],
      ],
    },
  ])("$name", async ({ filter, rows }) => {
    const reports = await getReports(manager, { ...filter, requisitionId: main.id }, now);
    expect(reports.funnel.map((r) => [r.stage, r.reached, r.conversion, r.leftRejected, r.leftWithdrew])).toEqual(rows);
  });
});

describe("time in stage and time to hire", () => {
  it("sums each application's visits, counts the open one up to now, and flags those over target", async () => {
    const { timeInStage } = await getReports(manager, all(main.id), now);
    expect(timeInStage.map((r) => [r.stage, r.applications, r.medianDays, r.p90Days, r.targetDays, r.overTarget])).toEqual([
      // Applied: 1,1,1,1,1,2,27 (E still there); RS: 1,2,2,4 (B: 2+2),5,26 (C still there).
      ["Applied", 7, 1, 12, 20, 1],
      ["Recruiter screen", 6, 3, 15.5, 7, 1],
      ["Technical screen", 2, 3, 3, null, 0],
      ["Onsite", 1, 4, 4, null, 0],
      ["Offer", 1, 2, 2, null, 0],
    ]);
  });

  it("times hires from the application and from the requisition's first opening", async () => {
    const { timeToHire } = await getReports(manager, all(main.id), now);
    expect(timeToHire).toEqual([
      { measure: "application", hires: 2, medianDays: 9, minDays: 6, maxDays: 12 },
      { measure: "requisition", hires: 2, medianDays: 16, minDays: 15, maxDays: 17 },
    ]);
  });
});

describe("sources and rejection reasons", () => {
  it("counts applications, advancement and hires by source, blank ones as Direct", async () => {
    const { sources } = await getReports(manager, all(main.id), now);
    expect(sources.map((r) => [r.source, r.applications, r.advanced, r.advancementRate, r.hires])).toEqual([
      ["LinkedIn", 3, 3, 100, 1],
      ["Direct", 2, 1, 50, 0],
      ["Referral", 2, 2, 100, 1],
    ]);
  });

  it("counts closed applications by the reason and stage of their last closure, not re-opened ones", async () => {
    const { rejectionReasons } = await getReports(manager, all(main.id), now);
    expect(rejectionReasons).toEqual([
      { kind: "we_rejected", reason: "Skills gap in required qualifications", stage: "Technical screen", count: 1 },
      { kind: "they_withdrew", reason: "Accepted another offer", stage: "Recruiter screen", count: 1 },
      { kind: "they_withdrew", reason: "Withdrawn by the candidate", stage: "Recruiter screen", count: 1 },
    ]);
  });
});

describe("who sees which reports", () => {
  it.each([
    { who: "admin", actor: () => admin, sees: () => [main.id, other.id, interviewedOnly.id] },
    { who: "recruiter", actor: () => recruiter, sees: () => [main.id, other.id, interviewedOnly.id] },
    { who: "hiring manager", actor: () => manager, sees: () => [main.id] },
  ])("$who", async ({ actor, sees }) => {
    const ids = (await listReportRequisitions(actor())).map((r) => r.id);
    expect(ids.sort()).toEqual(sees().sort());
  });

  it("adds up every visible requisition under All requisitions", async () => {
    expect((await getReports(admin, all(null), now)).funnel[0]).toMatchObject({ stage: "Applied", reached: 8 });
    expect((await getReports(manager, all(null), now)).funnel[0]).toMatchObject({ stage: "Applied", reached: 7 });
  });

  it("answers not-found to a hiring manager off the team or only interviewing, and to interviewers and strangers", async () => {
    await expect(getReports(manager, all(other.id), now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReports(manager, all(interviewedOnly.id), now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReportCsv(manager, "funnel", all(other.id), now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listReportRequisitions(interviewer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReports(interviewer, all(main.id), now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReportCsv(anonymousActor, "funnel", all(null), now)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("CSV export", () => {
  it("writes the funnel as the page shows it", async () => {
    expect(await getReportCsv(manager, "funnel", all(main.id), now)).toBe(
      [
        "Stage,Reached,Conversion from previous stage (%),Left: rejected,Left: withdrew",
        "Applied,7,,0,0",
        "Recruiter screen,6,86,0,2",
        "Technical screen,2,33,1,0",
        "Onsite,1,50,0,0",
        "Offer,1,100,0,0",
        "Hired,2,200,0,0",
        "",
      ].join("\r\n"),
    );
  });

  it("neutralises a formula typed as a source", async () => {
    const csv = await getReportCsv(admin, "sources", all(other.id), now);
    expect(csv).toBe('Source,Applications,Advanced,Advancement rate (%),Hired\r\n"\'=HYPERLINK(""http://x"")",1,0,0,0\r\n');
  });
});
