import { randomUUID } from "node:crypto";
import { closeDb } from "@/db/client";
import { readApplyForm, submitApplication } from "./lib/apply-client";
import { boardAccess, boardCards } from "./lib/board-client";
import { prepareDrillDatabase, requireBuild, startDrillServer, stopDrillServer, waitForServer, type DrillServer } from "./lib/drill-server";
import { latencySummary, sleep, Verdict } from "./lib/figures";
import { openLiveStream } from "./lib/live-client";
import { describeSamples, startTraffic, type Sample } from "./lib/traffic";
import { auditApplications } from "./lib/verify-applications";

/**
 * SIGTERM under load, as `npm start`'s supervisor (scripts/run-app.ts), Docker or systemd send it:
 * DRILL_CLIENTS clients (default 8) of mixed traffic and an open live-board stream, then SIGTERM to
 * the server's process group. Passes when every request in flight at the signal completes with
 * its normal answer, requests after it are refused (never half-processed), the live stream is
 * closed so it cannot hold the process, and the process exits within the supervisor's 10 s grace.
 *
 *   npm run build && npm run drill:sigterm
 */
const NAME = "sigterm";
const port = Number(process.env.DRILL_PORT ?? 3304);
const clients = Number(process.env.DRILL_CLIENTS ?? 8);
/** scripts/run-app.ts sends SIGKILL after this long. */
const GRACE_MS = 10_000;

async function main() {
  requireBuild();
  const verdict = new Verdict(NAME);
  const database = await prepareDrillDatabase(NAME, 29352);
  const runId = randomUUID().slice(0, 8);
  let server: DrillServer | null = null;
  try {
    server = startDrillServer({ name: NAME, port, databaseUrl: database.url });
    await waitForServer(server);
    const form = await readApplyForm(server.origin);
    const board = await boardAccess(database.url);
    for (let i = 0; i < clients * 2; i++) await submitApplication(server.origin, form, { email: `drill-${runId}-card-${i}@example.org` });
    const cards = await boardCards(database.url, board.requisitionId);

    const live = openLiveStream(server.origin, board);
    await live.ready;
    const started = performance.now();
    const traffic = startTraffic({ origins: [server.origin], form, board, cards, clients, runId });
    await sleep(4_000);
    const signalAt = performance.now() - started;
    process.kill(-server.process.pid!, "SIGTERM");
    const exitCode = await Promise.race([server.exited, sleep(GRACE_MS + 5_000).then(() => "still running")]);
    const exitedAt = performance.now() - started;
    const liveEndedAt = (await Promise.race([live.ended, sleep(1_000).then(() => Number.NaN)])) - started;
    // A little more traffic against the closed port, then stop.
    await sleep(500);
    traffic.stop();
    await traffic.done;

    const samples = traffic.samples;
    const inFlight = samples.filter((s) => s.at < signalAt && s.at + s.ms > signalAt);
    const before = samples.filter((s) => s.at + s.ms <= signalAt);
    const after = samples.filter((s) => s.at >= signalAt);
    // Refused: the connection was refused, or an idle keep-alive connection was closed under a
    // request the client had just sent on it (a reset before anything was read), or was closed
    // while the client was still writing the request (EPIPE: a POST body meeting the closed socket;
    // Node closes only idle connections, so the server never had the request). Applications
    // among these are checked below never to have been stored, i.e. never processed.
    const refused = (s: Sample) => s.status === 0 && ["ECONNREFUSED", "ECONNRESET", "EPIPE", "UND_ERR_SOCKET"].includes(s.detail ?? "");
    const t = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`${clients} clients; SIGTERM at ${t(signalAt)}; process exited (${exitCode}) ${t(exitedAt - signalAt)} later; live stream ended ${Number.isNaN(liveEndedAt) ? "never" : `${t(liveEndedAt - signalAt)} after the signal`}`);
    console.log(`before the signal: ${describeSamples(before).join("; ")}`);
    console.log(`in flight at the signal: ${describeSamples(inFlight).join("; ")}; ${latencySummary(inFlight.map((s) => s.ms))}`);
    console.log(`started after the signal: ${after.length} (${after.filter((s) => s.detail === "ECONNREFUSED").length} refused, ${after.filter((s) => refused(s) && s.detail !== "ECONNREFUSED").length} reset unread, ${after.filter((s) => s.ok).length} served while draining, ${after.filter((s) => !s.ok && !refused(s)).length} other)`);

    verdict.check(before.length > 0 && before.every((s) => s.ok), `traffic before the signal was all ok (${before.length})`);
    verdict.check(inFlight.length > 0 && inFlight.every((s) => s.ok), `every request in flight at the signal completed normally (${inFlight.filter((s) => s.ok).length}/${inFlight.length})`);
    verdict.check(after.length > 0 && after.every((s) => refused(s) || s.ok), `requests after the signal were refused or served, never cut off (${after.filter((s) => !refused(s) && !s.ok).map((s) => `${s.kind} ${s.outcome} ${s.detail ?? ""}`).join(", ") || "none"})`);
    verdict.check(!Number.isNaN(liveEndedAt), "the open live stream was closed by the server, so it cannot hold shutdown");
    verdict.check(exitCode === 143 || exitCode === 0 || exitCode === "SIGTERM", `the process exited by itself (${exitCode})`);
    verdict.check(exitedAt - signalAt < GRACE_MS, `within the supervisor's ${GRACE_MS / 1000} s grace (${t(exitedAt - signalAt)})`);

    const acknowledged = samples.filter((s) => s.kind === "apply" && s.ok).map((s) => s.email!);
    const audit = await auditApplications(database.url, `drill-${runId}-%`, acknowledged);
    const refusedApplications = after.filter((s) => s.kind === "apply" && refused(s)).map((s) => s.email!);
    const notStored = await auditApplications(database.url, `drill-${runId}-%`, refusedApplications);
    verdict.check(audit.missing.length === 0 && audit.duplicated.length === 0, `every acknowledged application stored exactly once (${audit.exactlyOnce}/${acknowledged.length})`);
    verdict.check(notStored.exactlyOnce === 0, `no refused application was stored (${notStored.exactlyOnce}/${refusedApplications.length})`);
    verdict.check(audit.halfWritten.length === 0, `no application half-written (${audit.halfWritten.length})`);
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
