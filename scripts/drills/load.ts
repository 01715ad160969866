import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { closeDb } from "@/db/client";
import { readApplyForm, submitApplication } from "./lib/apply-client";
import { boardAccess, boardCards, type BoardAccess } from "./lib/board-client";
import { prepareDrillDatabase, requireBuild, startDrillServer, stopDrillServer, waitForServer, type DrillServer } from "./lib/drill-server";
import { latencySummary, percentile, sleep, Verdict } from "./lib/figures";
import { describeSamples, startTraffic, type Card, type Sample } from "./lib/traffic";
import { auditApplications } from "./lib/verify-applications";
import type { ApplyForm } from "./lib/apply-client";

/**
 * Mixed traffic on loopback — public job pages 40 %, applications 20 %, board views 20 %, moves
 * 20 % — against one production server (background jobs on, as `npm start` runs it). A short ramp
 * of closed-loop clients (DRILL_RAMP, default 2,4,8,16 for 8 s each) finds the concurrency with the
 * highest error-free throughput; then DRILL_SECONDS (default 60) at it. Passes when the long run
 * has zero errors and every acknowledged application and move is in the database.
 *
 *   npm run build && npm run drill:load
 */
const NAME = "load";
const port = Number(process.env.DRILL_PORT ?? 3308);
const seconds = Number(process.env.DRILL_SECONDS ?? 60);
const ramp = (process.env.DRILL_RAMP ?? "2,4,8,16").split(",").map(Number);
const rampSeconds = Number(process.env.DRILL_RAMP_SECONDS ?? 8);

interface Run {
  clients: number;
  seconds: number;
  samples: Sample[];
  cards: Card[];
}

async function run(server: DrillServer, form: ApplyForm, board: BoardAccess, databaseUrl: string, clients: number, durationS: number, runId: string): Promise<Run> {
  const cards = await boardCards(databaseUrl, board.requisitionId);
  const started = performance.now();
  const traffic = startTraffic({ origins: [server.origin], form, board, cards, clients, runId });
  await sleep(durationS * 1000);
  traffic.stop();
  await traffic.done;
  return { clients, seconds: (performance.now() - started) / 1000, samples: traffic.samples, cards };
}

const okRate = (r: Run) => r.samples.filter((s) => s.ok).length / r.seconds;
const errors = (r: Run) => r.samples.filter((s) => !s.ok).length;

/** Each card's stage and version as the clients last saw them acknowledged, against the database. */
async function movesPresent(databaseUrl: string, cards: Card[]): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    const rows = await sql<{ id: string; stageId: string; version: number }[]>`select id, stage_id as "stageId", version from applications where id in ${sql(cards.map((c) => c.id))}`;
    const byId = new Map(rows.map((row) => [row.id, row]));
    return cards.filter((card) => byId.get(card.id)?.stageId !== card.stageId || byId.get(card.id)?.version !== card.version).length;
  } finally {
    await sql.end();
  }
}

async function main() {
  requireBuild();
  const verdict = new Verdict(NAME);
  const database = await prepareDrillDatabase(NAME, 29354);
  const runId = randomUUID().slice(0, 8);
  let server: DrillServer | null = null;
  try {
    server = startDrillServer({ name: NAME, port, databaseUrl: database.url });
    await waitForServer(server);
    const form = await readApplyForm(server.origin);
    const board = await boardAccess(database.url);
    const maxClients = Math.max(...ramp);
    // Enough cards for every client to own two, on a board the size of a busy requisition's first stages.
    for (let i = 0; i < maxClients * 2; i++) await submitApplication(server.origin, form, { email: `drill-${runId}-card-${i}@example.org` });

    await run(server, form, board, database.url, 2, 3, `${runId}-warm`);
    const rampRuns: Run[] = [];
    for (const clients of ramp) {
      const r = await run(server, form, board, database.url, clients, rampSeconds, `${runId}-ramp${clients}`);
      rampRuns.push(r);
      console.log(`ramp ${clients} clients: ${okRate(r).toFixed(1)} ok requests/s, ${errors(r)} errors, ${latencySummary(r.samples.map((s) => s.ms))}`);
    }
    const clean = rampRuns.filter((r) => errors(r) === 0);
    const best = (clean.length ? clean : rampRuns).reduce((a, b) => (okRate(b) > okRate(a) * 1.05 ? b : a));
    console.log(`running ${seconds} s at ${best.clients} clients (the ramp's highest error-free rate; more clients only queue)`);

    const long = await run(server, form, board, database.url, best.clients, seconds, `${runId}-main`);
    const samples = long.samples;
    const ms = samples.map((s) => s.ms);
    console.log(`${seconds} s, ${best.clients} clients: ${samples.length} requests, ${(samples.length / long.seconds).toFixed(1)} requests/s (${okRate(long).toFixed(1)} ok/s); p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms`);
    for (const line of describeSamples(samples)) {
      const kind = line.split(":")[0] as Sample["kind"];
      console.log(`  ${line}; ${latencySummary(samples.filter((s) => s.kind === kind).map((s) => s.ms))}`);
    }
    const acknowledged = samples.filter((s) => s.kind === "apply" && s.ok).map((s) => s.email!);
    const audit = await auditApplications(database.url, `drill-${runId}-main-%`, acknowledged);
    const movedOk = samples.filter((s) => s.kind === "move" && s.ok).length;
    const wrongCards = await movesPresent(database.url, long.cards);
    verdict.check(errors(long) === 0, `zero errors in the ${seconds} s run (${errors(long)})`);
    verdict.check(audit.exactlyOnce === acknowledged.length, `every acknowledged application is stored exactly once (${audit.exactlyOnce}/${acknowledged.length})`);
    verdict.check(audit.halfWritten.length === 0, `no application half-written (${audit.halfWritten.length})`);
    verdict.check(wrongCards === 0, `every acknowledged move is in the database: each card's stage and version match the clients' (${movedOk} moves, ${wrongCards} cards differ)`);
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
