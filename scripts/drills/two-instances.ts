import { randomUUID } from "node:crypto";
import { closeDb } from "@/db/client";
import { readApplyForm, submitApplication } from "./lib/apply-client";
import { boardAccess, boardCards, moveCard } from "./lib/board-client";
import { prepareDrillDatabase, requireBuild, startDrillServer, stopDrillServer, waitForServer, type DrillServer } from "./lib/drill-server";
import { latencySummary, sleep, Verdict } from "./lib/figures";
import { openLiveStream } from "./lib/live-client";
import { describeSamples, startTraffic } from "./lib/traffic";
import { auditApplications } from "./lib/verify-applications";

/**
 * Two app instances on different ports against one database, as a deployment behind a load
 * balancer runs them. Checks what must hold across instances because it lives in PostgreSQL:
 * - rate limit: RATE_LIMIT_APPLY_PER_IP_HOUR=6 on both; 12 applications from one address, sent
 *   alternately to both at once, get exactly 6 acknowledged;
 * - idempotency: 20 submissions each sent to both instances at the same moment with one
 *   submission id are stored once each, and both answers are a success;
 * - live updates: moves made through one instance reach a board open on the other;
 * - mixed traffic spread across both for DRILL_SECONDS (default 20) with no errors and nothing lost.
 *
 *   npm run build && npm run drill:two-instances
 */
const NAME = "two-instances";
const ports = [Number(process.env.DRILL_PORT ?? 3306), Number(process.env.DRILL_PORT_B ?? 3307)] as const;
const clients = Number(process.env.DRILL_CLIENTS ?? 6);
const seconds = Number(process.env.DRILL_SECONDS ?? 20);
const PER_IP_LIMIT = 6;
/** A documentation-range address (RFC 5737): only a header value, nothing is sent to it. */
const LIMITED_IP = "198.51.100.7";

async function main() {
  requireBuild();
  const verdict = new Verdict(NAME);
  const database = await prepareDrillDatabase(NAME, 29353);
  const runId = randomUUID().slice(0, 8);
  const servers: DrillServer[] = [];
  try {
    for (const port of ports) servers.push(startDrillServer({ name: NAME, port, databaseUrl: database.url, env: { RATE_LIMIT_APPLY_PER_IP_HOUR: String(PER_IP_LIMIT) } }));
    await Promise.all(servers.map((server) => waitForServer(server)));
    const form = await readApplyForm(servers[0]!.origin);
    const board = await boardAccess(database.url);

    // 1. One address's per-IP limit, shared by both instances.
    const limited = await Promise.all(
      Array.from({ length: PER_IP_LIMIT * 2 }, (_, i) => submitApplication(servers[i % 2]!.origin, form, { email: `drill-${runId}-limit-${i}@example.org`, ip: LIMITED_IP })),
    );
    const limitedCreated = limited.filter((r) => r.outcome === "created").length;
    const limitedRefused = limited.filter((r) => r.outcome === "refused").length;
    console.log(`rate limit ${PER_IP_LIMIT}/hour per address, ${limited.length} applications across both instances at once: ${limitedCreated} acknowledged, ${limitedRefused} refused, ${limited.length - limitedCreated - limitedRefused} other`);
    verdict.check(limitedCreated === PER_IP_LIMIT && limitedRefused === PER_IP_LIMIT, `exactly ${PER_IP_LIMIT} acknowledged and ${PER_IP_LIMIT} refused`);

    // 2. The same submission sent to both instances at once (a double click that a load balancer split).
    const pairs = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const submissionId = randomUUID();
        const email = `drill-${runId}-twice-${i}@example.org`;
        const ip = `2001:db8::1:${i.toString(16)}`;
        return Promise.all(servers.map((server) => submitApplication(server.origin, form, { email, submissionId, ip })));
      }),
    );
    const answers = pairs.flat();
    const answerCounts = new Map<string, number>();
    for (const r of answers) answerCounts.set(r.outcome, (answerCounts.get(r.outcome) ?? 0) + 1);
    const twice = await auditApplications(database.url, `drill-${runId}-twice-%`, [...new Set(answers.map((r) => r.email))]);
    console.log(`20 submissions sent to both instances at once: answers ${[...answerCounts].map(([k, v]) => `${v}× ${k}`).join(", ")}; stored exactly once: ${twice.exactlyOnce}/20`);
    verdict.check(answers.every((r) => r.outcome === "created" || r.outcome === "duplicate"), "both answers to every double submission were a success");
    verdict.check(pairs.every((pair) => pair.filter((r) => r.outcome === "created").length === 1), "exactly one of each pair created the application");
    verdict.check(twice.exactlyOnce === 20 && twice.duplicated.length === 0, `each stored exactly once (${twice.exactlyOnce}/20)`);

    // 3. Live updates across instances: a board open on each, moves made through the other.
    const cards = await boardCards(database.url, board.requisitionId);
    const streams = servers.map((server) => openLiveStream(server.origin, board));
    await Promise.all(streams.map((s) => s.ready));
    const moved: { id: string; via: number; at: number }[] = [];
    for (const [i, card] of cards.slice(0, 10).entries()) {
      const via = i % 2;
      const toStageId = card.stageId === board.stageIds[0] ? board.stageIds[1]! : board.stageIds[0]!;
      const at = performance.now();
      const result = await moveCard(servers[via]!.origin, board, { applicationId: card.id, toStageId, expectedVersion: card.version });
      if (result.outcome === "moved") moved.push({ id: card.id, via, at });
    }
    await sleep(2_000);
    const delays: number[] = [];
    let missed = 0;
    for (const move of moved) {
      const other = streams[1 - move.via]!;
      const event = other.events.find((e) => e.kind === "application.moved" && e.applicationId === move.id);
      if (event) delays.push(event.at - move.at);
      else missed++;
    }
    for (const s of streams) s.close();
    console.log(`live updates: ${moved.length} moves, each seen on the other instance's board: ${moved.length - missed}/${moved.length}; delay from the move's request ${latencySummary(delays)}`);
    verdict.check(moved.length === 10, `the 10 moves were made (${moved.length})`);
    verdict.check(missed === 0, `every move reached the board open on the other instance (${missed} missed)`);

    // 4. Mixed traffic spread across both.
    const trafficCards = await boardCards(database.url, board.requisitionId);
    const traffic = startTraffic({
      origins: servers.map((s) => s.origin),
      form,
      board,
      cards: trafficCards,
      clients,
      runId: `${runId}-mix`,
      ipFor: (n) => `2001:db8::2:${n.toString(16)}`,
    });
    await sleep(seconds * 1000);
    traffic.stop();
    await traffic.done;
    const samples = traffic.samples;
    console.log(`${clients} clients for ${seconds} s across both: ${describeSamples(samples).join("; ")}`);
    for (const server of servers) {
      const mine = samples.filter((s) => s.origin === server.origin);
      console.log(`  ${server.origin}: ${mine.length} requests, ${latencySummary(mine.map((s) => s.ms))}`);
    }
    verdict.check(samples.length > 0 && samples.every((s) => s.ok), `every request ok (${samples.filter((s) => !s.ok).length} not)`);
    const acknowledged = samples.filter((s) => s.kind === "apply" && s.ok).map((s) => s.email!);
    const audit = await auditApplications(database.url, `drill-${runId}-mix-%`, acknowledged);
    verdict.check(audit.exactlyOnce === acknowledged.length && audit.halfWritten.length === 0, `every acknowledged application stored exactly once and whole (${audit.exactlyOnce}/${acknowledged.length}, ${audit.halfWritten.length} half-written)`);
  } finally {
    for (const server of servers) await stopDrillServer(server);
    await closeDb();
    await database.stopCluster();
  }
  verdict.finish();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
