import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { closeDb } from "@/db/client";
import { readApplyForm, submitApplication } from "./lib/apply-client";
import { boardAccess, boardCards } from "./lib/board-client";
import { prepareDrillDatabase, requireBuild, startDrillServer, stopDrillServer, waitForServer, type DrillServer } from "./lib/drill-server";
import { latencySummary, sleep, Verdict } from "./lib/figures";
import { describeSamples, startTraffic, type Sample } from "./lib/traffic";
import { auditApplications } from "./lib/verify-applications";

/**
 * PostgreSQL goes away under traffic, twice: first every connection of the app is terminated
 * (pg_terminate_backend, as a failover or an admin would), then the server is stopped for
 * DRILL_DOWN_MS (default 8 s) and started again. Throughout, /api/health is polled every 250 ms.
 * Passes when: while the database is down every request is answered quickly (503, or a cached page),
 * never with a hang or a 500; health says 503 while down and 200 once back; the same server process
 * recovers by itself; and every acknowledged application is stored once and whole.
 *
 *   npm run build && npm run drill:db-restart
 */
const NAME = "db-restart";
const port = Number(process.env.DRILL_PORT ?? 3302);
const clients = Number(process.env.DRILL_CLIENTS ?? 4);
const downMs = Number(process.env.DRILL_DOWN_MS ?? 8_000);
/** What "quickly" means for an answer while the database is down. */
const FAST_MS = 3_000;
/** The gate (lib/services/database-gate.ts) reuses a probe for 1 s, and a probe takes up to 2 × 1 s. */
const DETECTION_MS = 2_500;
const CONNECT_TIMEOUT_MS = 5_000;
const TERMINATION_EFFECT_MS = 1_000;

interface HealthSample {
  at: number;
  ms: number;
  status: number;
}

function pollHealth(origin: string, started: number) {
  const samples: HealthSample[] = [];
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const at = performance.now() - started;
      const t0 = performance.now();
      let status = 0;
      try {
        const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(15_000) });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 0;
      }
      samples.push({ at, ms: performance.now() - t0, status });
      await sleep(250);
    }
  })();
  return { samples, stop: () => ((stopped = true), done) };
}

/** Requests started in [from, to). */
const during = <T extends { at: number }>(samples: readonly T[], from: number, to: number) => samples.filter((s) => s.at >= from && s.at < to);
/** Requests answered before `to`: none of them was in flight when the fault came. */
const answeredBefore = <T extends { at: number; ms: number }>(samples: readonly T[], to: number) => samples.filter((s) => s.at + s.ms < to);
const statuses = (samples: readonly { status: number }[]) => {
  const counts = new Map<number, number>();
  for (const s of samples) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${n}× ${status || "no answer"}`).join(", ") || "none";
};

async function main() {
  requireBuild();
  const verdict = new Verdict(NAME);
  const database = await prepareDrillDatabase(NAME, 29351);
  const runId = randomUUID().slice(0, 8);
  let server: DrillServer | null = null;
  try {
    server = startDrillServer({ name: NAME, port, databaseUrl: database.url });
    await waitForServer(server);
    const form = await readApplyForm(server.origin);
    const board = await boardAccess(database.url);
    for (let i = 0; i < clients * 3; i++) await submitApplication(server.origin, form, { email: `drill-${runId}-card-${i}@example.org` });
    const cards = await boardCards(database.url, board.requisitionId);

    const started = performance.now();
    const now = () => performance.now() - started;
    const health = pollHealth(server.origin, started);
    const traffic = startTraffic({ origins: [server.origin], form, board, cards, clients, runId });
    await sleep(5_000);

    // 1. Every connection of the app's database terminated, three times a second apart.
    const terminateFrom = now();
    const admin = postgres(database.adminUrl ?? database.url, { max: 1, onnotice: () => undefined });
    let terminated = 0;
    const terminations: number[] = [];
    for (let i = 0; i < 3; i++) {
      terminations.push(now());
      const rows = await admin`select pg_terminate_backend(pid) as done from pg_stat_activity where datname = ${new URL(database.url).pathname.slice(1)} and pid <> pg_backend_pid()`;
      terminated += rows.length;
      await sleep(1_000);
    }
    await admin.end();
    const terminateTo = now() + 500;
    await sleep(4_000);

    // 2. The server stopped and started again (embedded cluster only; an external one is left alone).
    let downFrom = Number.NaN;
    let downTo = Number.NaN;
    if (database.adminUrl) {
      downFrom = now();
      await database.stopCluster();
      await sleep(downMs);
      downTo = now();
      await database.startCluster();
    } else {
      console.log("DATABASE_URL is set: the stop/start part needs the embedded cluster and is skipped.");
    }
    const upAt = now();
    await sleep(15_000);
    traffic.stop();
    await traffic.done;
    await health.stop();
    const end = now();

    const firstHealthyAfter = health.samples.find((s) => s.at >= upAt && s.status === 200);
    const recoveredAt = firstHealthyAfter?.at ?? end;
    // A request already waiting on a connection attempt made while the database was away may still
    // fail once its connect timeout (db/client.ts, 5 s) passes.
    const settled = recoveredAt + CONNECT_TIMEOUT_MS;
    const samples = traffic.samples;
    const t = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`${clients} clients; connections terminated at ${t(terminateFrom)} (${terminated} backends); database down ${t(downFrom)}–${t(downTo)}; health 200 again at ${t(recoveredAt)}; end ${t(end)}`);
    const before = answeredBefore(samples, terminateFrom);
    const aroundTerminate = during(samples, terminateFrom, terminateTo);
    const detecting = during(samples, downFrom, downFrom + DETECTION_MS);
    const down = during(samples, downFrom + DETECTION_MS, downTo);
    // pg_terminate_backend only signals the backend; the app learns of it when a query meets the
    // dead connection, so a request started within a second of a termination may still fail.
    const hitByTermination = (x: Sample) => terminations.some((at) => x.at <= at + TERMINATION_EFFECT_MS && x.at + x.ms >= at);
    const after = during(samples, settled, end);
    console.log(`before: ${describeSamples(before).join("; ")}`);
    console.log(`around the terminations: ${describeSamples(aroundTerminate).join("; ")} — statuses ${statuses(aroundTerminate)}`);
    console.log(`first ${DETECTION_MS / 1000} s of the outage, before the gate's probe notices: ${statuses(detecting)}; ${latencySummary(detecting.map((s) => s.ms))}`);
    console.log(`while down after that: ${statuses(down)}; ${latencySummary(down.map((s) => s.ms))}`);
    console.log(`after recovery (from ${t(settled)}): ${describeSamples(after).join("; ")}`);
    const lateFailures = during(samples, upAt, end).filter((s) => !s.ok);
    if (lateFailures.length) console.log(`failures after the database's return: ${lateFailures.map((s) => `${s.kind} ${s.outcome} at ${t(s.at)} (${s.ms.toFixed(0)} ms)`).join(", ")}`);
    const healthDown = during(health.samples, downFrom + DETECTION_MS, downTo);
    const healthUp = health.samples.filter((s) => s.at >= settled);
    console.log(`health while down: ${statuses(healthDown)}, ${latencySummary(healthDown.map((s) => s.ms))}; after: ${statuses(healthUp)}`);

    verdict.check(before.length > 0 && before.every((s) => s.ok), `traffic before the faults was all ok (${before.length})`);
    const failedAround = aroundTerminate.filter((s) => !s.ok);
    verdict.check(failedAround.every(hitByTermination), `only requests in flight at, or started within ${TERMINATION_EFFECT_MS / 1000} s of, a termination failed (${failedAround.length}: ${statuses(failedAround)})`);
    verdict.check(failedAround.every((s) => s.ms < FAST_MS), `and they failed quickly (max ${Math.max(0, ...failedAround.map((s) => s.ms)).toFixed(0)} ms)`);
    if (database.adminUrl) {
      verdict.check(down.length > 0 && down.every((s) => s.ms < FAST_MS), `every request while down was answered within ${FAST_MS / 1000} s (max ${Math.max(0, ...down.map((s) => s.ms)).toFixed(0)} ms)`);
      verdict.check(detecting.every((s) => s.ms < FAST_MS), `every request in the first ${DETECTION_MS / 1000} s was answered within ${FAST_MS / 1000} s too (max ${Math.max(0, ...detecting.map((s) => s.ms)).toFixed(0)} ms)`);
      verdict.check(down.every((s) => s.status === 503), `after that, every answer was 503 (${statuses(down)})`);
      verdict.check(healthDown.length > 0 && healthDown.every((s) => s.status === 503 && s.ms < FAST_MS), `health said 503 while down (${statuses(healthDown)})`);
      verdict.check(firstHealthyAfter !== undefined && firstHealthyAfter.at - upAt < 10_000, `health said 200 within 10 s of the database's return (${firstHealthyAfter ? t(firstHealthyAfter.at - upAt) : "never"})`);
    }
    verdict.check(after.length > 0 && after.every((s) => s.ok), `every request after recovery was ok, same process (${after.length}; ${statuses(after.filter((s) => !s.ok))})`);
    verdict.check(healthUp.length > 0 && healthUp.every((s) => s.status === 200), `health said 200 after recovery (${statuses(healthUp)})`);
    verdict.check(server.process.exitCode === null && server.process.signalCode === null, "the app was never restarted");

    const acknowledged = samples.filter((s) => s.kind === "apply" && s.ok).map((s) => s.email!);
    const audit = await auditApplications(database.url, `drill-${runId}-%`, acknowledged);
    verdict.check(audit.missing.length === 0 && audit.duplicated.length === 0, `every acknowledged application stored exactly once (${audit.exactlyOnce}/${acknowledged.length})`);
    verdict.check(audit.halfWritten.length === 0, `no application half-written (${audit.halfWritten.length}${audit.halfWritten[0] ? `, e.g. lacks ${audit.halfWritten[0].lacks}` : ""})`);
  } finally {
    if (server) await stopDrillServer(server);
    await closeDb();
    await database.stopCluster();
  }
  verdict.finish();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
