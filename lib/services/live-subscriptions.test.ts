import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, type UserActor } from "@/lib/domain/actor";
import { stopLiveHub, subscribeLive, type LiveSignal } from "@/lib/live/live-hub";
import { NotFoundError } from "./errors";
import { LIVE_CHANNEL } from "./live-events";
import { authorizeLiveSubscription } from "./live-subscriptions";
import { getApplicationDetail, moveApplication } from "./pipeline";

withTestDatabase();

let manager: UserActor;
let outsider: UserActor;
let interviewer: UserActor;
let admin: UserActor;

beforeAll(async () => {
  [manager, outsider, interviewer, admin] = await Promise.all([
    createTestUser("hiring_manager"),
    createTestUser("hiring_manager"),
    createTestUser("interviewer"),
    createTestUser("admin"),
  ]);
});
afterAll(() => stopLiveHub());

async function teamApplication() {
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: interviewer.id, role: "interviewer" }] });
  const applicationId = await applyToTestRequisition(req.slug, { contact: { firstName: "Ada", lastName: "Lovelace", email: uniqueEmail() } });
  return { req, applicationId };
}

/** Collects signals until `count` arrived or the timeout passes. */
function collect(signals: LiveSignal[], count: number, timeoutMs = 3000): Promise<LiveSignal[]> {
  const started = Date.now();
  return new Promise((resolve) => {
    const poll = () => (signals.length >= count || Date.now() - started > timeoutMs ? resolve(signals) : setTimeout(poll, 20));
    poll();
  });
}

describe("authorizeLiveSubscription", () => {
  it("lets the team follow its requisition and one of its applications", async () => {
    const { req, applicationId } = await teamApplication();
    expect(await authorizeLiveSubscription(manager, { requisitionId: req.id })).toEqual({ requisitionId: req.id });
    expect(await authorizeLiveSubscription(manager, { applicationId })).toEqual({ requisitionId: req.id, applicationId });
    expect(await authorizeLiveSubscription(admin, { requisitionId: req.id })).toEqual({ requisitionId: req.id });
  });

  it.each([
    { who: "a hiring manager off the team", actor: () => outsider },
    { who: "an interviewer (who does not see applications yet)", actor: () => interviewer },
    { who: "an anonymous visitor", actor: () => anonymousActor },
  ])("refuses $who with not-found", async ({ actor }) => {
    const { req, applicationId } = await teamApplication();
    await expect(authorizeLiveSubscription(actor(), { requisitionId: req.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(authorizeLiveSubscription(actor(), { applicationId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses malformed, missing and mismatched targets", async () => {
    const { applicationId } = await teamApplication();
    const other = await teamApplication();
    await expect(authorizeLiveSubscription(manager, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(authorizeLiveSubscription(manager, { requisitionId: "x' or 1=1" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(authorizeLiveSubscription(manager, { requisitionId: other.req.id, applicationId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(authorizeLiveSubscription(manager, { applicationId: "00000000-0000-4000-8000-000000000000" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the live hub", () => {
  it("delivers a pg_notify from another connection to the matching subscribers only", async () => {
    const { req, applicationId } = await teamApplication();
    const other = await teamApplication();
    const board: LiveSignal[] = [];
    const profile: LiveSignal[] = [];
    const elsewhere: LiveSignal[] = [];
    const stops = await Promise.all([
      subscribeLive(await authorizeLiveSubscription(manager, { requisitionId: req.id }), (s) => board.push(s)),
      subscribeLive(await authorizeLiveSubscription(manager, { applicationId }), (s) => profile.push(s)),
      subscribeLive(await authorizeLiveSubscription(manager, { requisitionId: other.req.id }), (s) => elsewhere.push(s)),
    ]);
    // Another client, as another app instance would be.
    const publisher = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
    try {
      await publisher`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ kind: "note.added", requisitionId: req.id, applicationId: other.applicationId })})`;
      await publisher`select pg_notify(${LIVE_CHANNEL}, ${"not json"})`;
      await publisher`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ kind: "application.moved", requisitionId: req.id, applicationId })})`;
    } finally {
      await publisher.end();
    }
    await collect(board, 2);
    await collect(profile, 1);
    await new Promise((r) => setTimeout(r, 100));
    // Ignore the intake's own announcements, which may still be in flight from teamApplication().
    const kinds = board.map((s) => (s.type === "change" ? s.change.kind : s.type)).filter((kind) => kind !== "application.created");
    expect(kinds).toEqual(["note.added", "application.moved"]);
    expect(profile.filter((s) => s.type !== "change" || s.change.kind !== "application.created")).toEqual([
      { type: "change", change: { kind: "application.moved", requisitionId: req.id, applicationId } },
    ]);
    expect(elsewhere.filter((s) => s.type !== "change" || s.change.kind !== "application.created")).toEqual([]);
    for (const stop of stops) stop();
  });

  it("announces a committed move, and nothing after unsubscribing", async () => {
    const { req, applicationId } = await teamApplication();
    const signals: LiveSignal[] = [];
    const stop = await subscribeLive({ requisitionId: req.id }, (s) => signals.push(s));
    const detail = await getApplicationDetail(manager, applicationId);
    const screen = detail.stages.find((s) => s.name === "Recruiter screen")!;
    await moveApplication(manager, { applicationId, toStageId: screen.id, expectedVersion: 1 });
    const started = Date.now();
    while (!signals.some((s) => s.type === "change" && s.change.kind === "application.moved") && Date.now() - started < 3000) await new Promise((r) => setTimeout(r, 20));
    // The intake's background work may announce the new application too; the move must be there.
    expect(signals).toContainEqual({ type: "change", change: { kind: "application.moved", requisitionId: req.id, applicationId } });
    stop();
    const before = signals.length;
    const onsite = detail.stages.find((s) => s.name === "Onsite")!;
    await moveApplication(manager, { applicationId, toStageId: onsite.id, expectedVersion: 2 });
    await new Promise((r) => setTimeout(r, 300));
    expect(signals).toHaveLength(before);
  });

  it("re-listens after its connection drops, tells subscribers to re-read, and keeps delivering", async () => {
    const { req, applicationId } = await teamApplication();
    const signals: LiveSignal[] = [];
    const stop = await subscribeLive({ requisitionId: req.id }, (s) => signals.push(s));
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
    try {
      // What a database restart or a network cut looks like to the LISTEN connection.
      const killed = await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%' and pid <> pg_backend_pid()`;
      expect(killed.length).toBeGreaterThan(0);
      const started = Date.now();
      while (!signals.some((s) => s.type === "resync") && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 50));
      expect(signals).toContainEqual({ type: "resync" });
      await admin`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ kind: "scorecard.submitted", requisitionId: req.id, applicationId })})`;
      const again = Date.now();
      while (!signals.some((s) => s.type === "change" && s.change.kind === "scorecard.submitted") && Date.now() - again < 3000) await new Promise((r) => setTimeout(r, 20));
      expect(signals).toContainEqual({ type: "change", change: { kind: "scorecard.submitted", requisitionId: req.id, applicationId } });
    } finally {
      stop();
      await admin.end();
    }
  }, 20_000);
});
