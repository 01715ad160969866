import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, applicationStageStays, candidates, stageEvents, stages } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { day, insertHistory } from "@/db/testing/report-history";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { createRandom } from "@/lib/demo-data/random";
import { moveApplication } from "@/lib/services/pipeline";

withTestDatabase();

/**
 * application_stage_stays is written only by the triggers of migration 0010. These tests write
 * stage events and applications the ways the services, the demo generator and hand-made fixes do,
 * and compare the table with a fold of the history written here independently, in TypeScript.
 */
let manager: UserActor;
let requisition: { id: string; slug: string };
let stageIds: Record<string, string>;
const HOUR = 3_600_000;

beforeAll(async () => {
  manager = await createTestUser("hiring_manager");
  requisition = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
  const rows = await getDb().select().from(stages).where(eq(stages.requisitionId, requisition.id));
  stageIds = Object.fromEntries(rows.map((s) => [s.name, s.id]));
});

interface Stay {
  stage: string;
  firstEnteredAt: Date | null;
  closedDays: number;
  openSince: Date | null;
  inStageNow: boolean;
}

/** Seconds to days, to the millisecond: sums of floats in another order differ in the last bits. */
const days = (seconds: number) => Math.round(seconds * 1000) / 1000 / 86_400;

async function staysOf(applicationId: string): Promise<Stay[]> {
  const rows = await getDb()
    .select({ stage: stages.name, position: stages.position, row: applicationStageStays })
    .from(applicationStageStays)
    .innerJoin(stages, eq(stages.id, applicationStageStays.stageId))
    .where(eq(applicationStageStays.applicationId, applicationId))
    .orderBy(asc(stages.position));
  return rows.map(({ stage, row }) => ({ stage, firstEnteredAt: row.firstEnteredAt, closedDays: days(row.closedSeconds), openSince: row.openSince, inStageNow: row.inStageNow }));
}

/** The same fold, computed here from the rows: visits end at the next event in (created_at, id) order. */
async function expectedStaysOf(applicationId: string): Promise<Stay[]> {
  const db = getDb();
  const [application] = await db.select().from(applications).where(eq(applications.id, applicationId));
  const events = await db.select().from(stageEvents).where(eq(stageEvents.applicationId, applicationId));
  const stageRows = await db.select().from(stages).where(eq(stages.requisitionId, application!.requisitionId));
  events.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  const byStage = new Map<string, Omit<Stay, "closedDays"> & { closedSeconds: number }>();
  const empty = (stageId: string) => ({ stage: stageRows.find((s) => s.id === stageId)!.name, firstEnteredAt: null, closedSeconds: 0, openSince: null, inStageNow: false });
  events.forEach((event, i) => {
    const stay = byStage.get(event.toStageId) ?? empty(event.toStageId);
    if (!stay.firstEnteredAt || event.createdAt < stay.firstEnteredAt) stay.firstEnteredAt = event.createdAt;
    const next = events[i + 1];
    if (next) stay.closedSeconds += (next.createdAt.getTime() - event.createdAt.getTime()) / 1000;
    else stay.openSince = event.createdAt;
    byStage.set(event.toStageId, stay);
  });
  byStage.set(application!.stageId, { ...(byStage.get(application!.stageId) ?? empty(application!.stageId)), inStageNow: true });
  const position = (stage: string) => stageRows.find((s) => s.name === stage)!.position;
  return [...byStage.values()]
    .map(({ closedSeconds, ...stay }) => ({ ...stay, closedDays: days(closedSeconds) }))
    .sort((a, b) => position(a.stage) - position(b.stage));
}

/** One application with no stage events yet, in `stage`, applied on `applied`. */
async function bareApplication(stage = "Applied", applied = 0): Promise<string> {
  const db = getDb();
  const [candidate] = await db.insert(candidates).values({ email: `stays-${crypto.randomUUID()}@example.org`, firstName: "Stay", lastName: "Test" }).returning();
  const [application] = await db
    .insert(applications)
    .values({ candidateId: candidate!.id, requisitionId: requisition.id, stageId: stageIds[stage]!, createdAt: day(applied), stageEnteredAt: day(applied) })
    .returning();
  return application!.id;
}

const event = (applicationId: string, from: string | null, to: string, at: Date) => ({
  applicationId,
  fromStageId: from ? stageIds[from]! : null,
  toStageId: stageIds[to]!,
  actorUserId: from ? manager.id : null,
  createdAt: at,
});

describe("application_stage_stays", () => {
  it("folds a history written in order: visits closed by the next event, the last one open", async () => {
    const id = await insertHistory(requisition.id, manager.id, { applied: 0, steps: [{ to: "Recruiter screen", at: 1 }, { to: "Technical screen", at: 3 }] });
    expect(await staysOf(id)).toEqual([
      { stage: "Applied", firstEnteredAt: day(0), closedDays: 1, openSince: null, inStageNow: false },
      { stage: "Recruiter screen", firstEnteredAt: day(1), closedDays: 2, openSince: null, inStageNow: false },
      { stage: "Technical screen", firstEnteredAt: day(3), closedDays: 0, openSince: day(3), inStageNow: true },
    ]);
  });

  it("has the current stage of an application without events, then its first event (no from-stage)", async () => {
    const id = await bareApplication();
    expect(await staysOf(id)).toEqual([{ stage: "Applied", firstEnteredAt: null, closedDays: 0, openSince: null, inStageNow: true }]);
    await getDb().insert(stageEvents).values(event(id, null, "Applied", day(0)));
    expect(await staysOf(id)).toEqual([{ stage: "Applied", firstEnteredAt: day(0), closedDays: 0, openSince: day(0), inStageNow: true }]);
  });

  it("adds up the visits of an application moved back to an earlier stage", async () => {
    const id = await insertHistory(requisition.id, manager.id, {
      applied: 0,
      steps: [{ to: "Recruiter screen", at: 1 }, { to: "Technical screen", at: 3 }, { to: "Recruiter screen", at: 5 }, { to: "Technical screen", at: 9 }, { to: "Recruiter screen", at: 10 }],
    });
    expect(await staysOf(id)).toEqual([
      { stage: "Applied", firstEnteredAt: day(0), closedDays: 1, openSince: null, inStageNow: false },
      // 1→3 and 5→9 closed, open again since 10.
      { stage: "Recruiter screen", firstEnteredAt: day(1), closedDays: 6, openSince: day(10), inStageNow: true },
      { stage: "Technical screen", firstEnteredAt: day(3), closedDays: 3, openSince: null, inStageNow: false },
    ]);
  });

  it("places a backdated event where it belongs in the history, not at its end", async () => {
    const id = await bareApplication("Technical screen");
    const db = getDb();
    await db.insert(stageEvents).values(event(id, null, "Applied", day(0)));
    await db.insert(stageEvents).values(event(id, "Recruiter screen", "Technical screen", day(6)));
    // Written last, happened in between: it ends the Applied visit and is ended by the day-6 event.
    await db.insert(stageEvents).values(event(id, "Applied", "Recruiter screen", day(2)));
    expect(await staysOf(id)).toEqual([
      { stage: "Applied", firstEnteredAt: day(0), closedDays: 2, openSince: null, inStageNow: false },
      { stage: "Recruiter screen", firstEnteredAt: day(2), closedDays: 4, openSince: null, inStageNow: false },
      { stage: "Technical screen", firstEnteredAt: day(6), closedDays: 0, openSince: day(6), inStageNow: true },
    ]);
  });

  it("breaks a tie of two events at the same instant by id, as the reports always did", async () => {
    const id = await bareApplication("Recruiter screen");
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()].sort();
    await getDb().insert(stageEvents).values([
      { ...event(id, null, "Applied", day(0)), id: b! },
      { ...event(id, "Applied", "Recruiter screen", day(0)), id: a! },
    ]);
    // Ordered by id, the move to Recruiter screen (a) comes first and the Applied event (b) is the open one.
    expect(await staysOf(id)).toEqual(await expectedStaysOf(id));
    expect((await staysOf(id)).find((s) => s.stage === "Applied")).toMatchObject({ openSince: day(0), inStageNow: false });
  });

  it("follows the candidate applying and moves (forwards and back) through the services", async () => {
    const id = await applyToTestRequisition(requisition.slug);
    expect(await staysOf(id)).toEqual([expect.objectContaining({ stage: "Applied", closedDays: 0, inStageNow: true })]);
    await moveApplication(manager, { applicationId: id, toStageId: stageIds["Recruiter screen"]!, expectedVersion: 1 });
    await moveApplication(manager, { applicationId: id, toStageId: stageIds["Technical screen"]!, expectedVersion: 2 });
    await moveApplication(manager, { applicationId: id, toStageId: stageIds["Recruiter screen"]!, expectedVersion: 3, reason: "Needs a second screen" });
    const stays = await staysOf(id);
    expect(stays.map((s) => [s.stage, s.inStageNow, s.openSince !== null])).toEqual([
      ["Applied", false, false],
      ["Recruiter screen", true, true],
      ["Technical screen", false, false],
    ]);
    expect(stays).toEqual(await expectedStaysOf(id));
  });

  it("recomputes after an event is deleted or re-dated, and follows the application's date applied", async () => {
    const id = await insertHistory(requisition.id, manager.id, { applied: 0, steps: [{ to: "Recruiter screen", at: 1 }, { to: "Technical screen", at: 3 }] });
    const db = getDb();
    const events = await db.select().from(stageEvents).where(eq(stageEvents.applicationId, id)).orderBy(asc(stageEvents.createdAt));
    await db.update(stageEvents).set({ createdAt: day(2) }).where(eq(stageEvents.id, events[1]!.id));
    expect((await staysOf(id)).map((s) => [s.stage, s.closedDays])).toEqual([["Applied", 2], ["Recruiter screen", 1], ["Technical screen", 0]]);
    await db.delete(stageEvents).where(eq(stageEvents.id, events[2]!.id));
    // The application still says Technical screen, which no event now moved it into.
    expect(await staysOf(id)).toEqual(await expectedStaysOf(id));
    expect((await staysOf(id)).at(-1)).toEqual({ stage: "Technical screen", firstEnteredAt: null, closedDays: 0, openSince: null, inStageNow: true });
    await db.update(applications).set({ createdAt: day(-1) }).where(eq(applications.id, id));
    const applied = await db.selectDistinct({ at: applicationStageStays.appliedAt }).from(applicationStageStays).where(eq(applicationStageStays.applicationId, id));
    expect(applied).toEqual([{ at: day(-1) }]);
  });

  it("matches the fold for shuffled multi-row inserts of many histories (as the demo generator writes them)", async () => {
    const random = createRandom("stays");
    const names = ["Applied", "Recruiter screen", "Technical screen", "Onsite", "Offer", "Hired", "Rejected"];
    const ids: string[] = [];
    const rows: ReturnType<typeof event>[] = [];
    for (let n = 0; n < 40; n++) {
      const id = await bareApplication();
      ids.push(id);
      let from: string | null = null;
      let at = day(random.int(0, 20)).getTime();
      for (let step = random.int(1, 7); step > 0; step--) {
        const to: string = from === null ? "Applied" : random.pick(names);
        rows.push(event(id, from, to, new Date(at)));
        from = to;
        at += random.int(0, 3) * 12 * HOUR;
      }
    }
    const shuffled = random.sample(rows, rows.length);
    const db = getDb();
    await db.insert(stageEvents).values(shuffled.slice(0, 50));
    await db.insert(stageEvents).values(shuffled.slice(50));
    // The applications' current stages, as a bulk load sets them.
    await db.execute(sql`
      update applications a set stage_id = last.to_stage_id
      from (select distinct on (application_id) application_id, to_stage_id from stage_events order by application_id, created_at desc, id desc) last
      where last.application_id = a.id and a.id in ${ids}`);
    for (const id of ids) expect(await staysOf(id)).toEqual(await expectedStaysOf(id));
  });

});
