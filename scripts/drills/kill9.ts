import { randomUUID } from "node:crypto";
import { closeDb } from "@/db/client";
import { readApplyForm, submitApplication, type ApplyResult } from "./lib/apply-client";
import { killServerHard, prepareDrillDatabase, requireBuild, startDrillServer, stopDrillServer, waitForServer, type DrillServer } from "./lib/drill-server";
import { latencySummary, sleep, Verdict } from "./lib/figures";
import { auditApplications } from "./lib/verify-applications";

/**
 * `kill -9` the server while 10 clients submit applications, DRILL_ROUNDS times (default 3). After
 * each restart, every submission that got no answer is sent again with the same submission id, as
 * the form does when a candidate presses Submit again. Then: every application that got a success
 * response is in the database exactly once, no submission is there twice, and none is half-written.
 *
 *   npm run build && npm run drill:kill9     (NEXT_DIST_DIR=.next-x for another build directory)
 */
const NAME = "kill9";
const port = Number(process.env.DRILL_PORT ?? 3300);
const clients = Number(process.env.DRILL_CLIENTS ?? 10);
const rounds = Number(process.env.DRILL_ROUNDS ?? 3);
const killAfterMs = Number(process.env.DRILL_KILL_AFTER_MS ?? 4_000);

async function main() {
  requireBuild();
  const verdict = new Verdict(NAME);
  const database = await prepareDrillDatabase(NAME, 29350);
  const runId = randomUUID().slice(0, 8);
  const results: ApplyResult[] = [];
  const retried: ApplyResult[] = [];
  let unanswered: ApplyResult[] = [];
  let sequence = 0;
  let errorsBeforeKill = 0;
  let server: DrillServer | null = null;
  try {
    for (let round = 1; round <= rounds; round++) {
      server = startDrillServer({ name: NAME, port, databaseUrl: database.url });
      await waitForServer(server);
      const form = await readApplyForm(server.origin);
      // The retries of the previous round's unanswered submissions, same ids, on the new server.
      for (const lost of unanswered) retried.push(await submitApplication(server.origin, form, { email: lost.email, submissionId: lost.submissionId }));
      unanswered = [];

      let killed = false;
      const answeredBefore = results.length;
      const origin = server.origin;
      const submitter = async () => {
        // After the kill each client stops at its first failure: the server is gone.
        for (;;) {
          const result = await submitApplication(origin, form, { email: `drill-${runId}-${sequence++}@example.org` });
          results.push(result);
          if (result.outcome === "error") {
            if (!killed) errorsBeforeKill++;
            if (killed) unanswered.push(result);
            if (killed) return;
          }
        }
      };
      const running = Promise.all(Array.from({ length: clients }, submitter));
      await sleep(killAfterMs);
      const before = results.length - answeredBefore;
      killed = true;
      killServerHard(server);
      const signal = await server.exited;
      await running;
      console.log(`round ${round}: killed (${signal}) after ${before} answered submissions; ${unanswered.length} submissions got no answer`);
    }
    // The last round's unanswered submissions are retried on a final server, which also shows a clean restart.
    server = startDrillServer({ name: NAME, port, databaseUrl: database.url });
    await waitForServer(server);
    const form = await readApplyForm(server.origin);
    for (const lost of unanswered) retried.push(await submitApplication(server.origin, form, { email: lost.email, submissionId: lost.submissionId }));

    const created = results.filter((r) => r.outcome === "created");
    const errors = results.filter((r) => r.outcome === "error");
    const otherErrors = results.filter((r) => r.outcome !== "created" && r.outcome !== "error");
    const retryOutcomes = new Map<string, number>();
    for (const r of retried) retryOutcomes.set(r.outcome, (retryOutcomes.get(r.outcome) ?? 0) + 1);
    console.log(`${clients} clients, ${rounds} kill -9 rounds: ${results.length} submissions, ${created.length} acknowledged (303 to the status page), ${errors.length} without an answer`);
    console.log(`acknowledged latency: ${latencySummary(created.map((r) => r.ms))}`);
    console.log(`retries with the same submission id after restart: ${[...retryOutcomes].map(([k, v]) => `${v} ${k}`).join(", ") || "none"}`);

    const acknowledged = [...created, ...retried.filter((r) => r.outcome === "created" || r.outcome === "duplicate")].map((r) => r.email);
    const audit = await auditApplications(database.url, `drill-${runId}-%`, acknowledged);
    const allSubmitted = [...new Set(results.map((r) => r.email))];
    const everything = await auditApplications(database.url, `drill-${runId}-%`, allSubmitted);
    verdict.check(created.length > 0 && rounds > 0, `applications were acknowledged before the kills (${created.length})`);
    verdict.check(errorsBeforeKill === 0, `no submission failed before a kill (${errorsBeforeKill})`);
    verdict.check(otherErrors.length === 0, `no submission was refused or misrouted (${otherErrors.length})`);
    verdict.check(audit.missing.length === 0, `every acknowledged application is in the database (${audit.exactlyOnce}/${acknowledged.length} exactly once, ${audit.missing.length} missing)`);
    verdict.check(everything.duplicated.length === 0, `no submission is stored twice (${everything.duplicated.length})`);
    verdict.check(everything.halfWritten.length === 0, `no application is half-written (${everything.halfWritten.length}${everything.halfWritten[0] ? `, e.g. lacks ${everything.halfWritten[0].lacks}` : ""})`);
    verdict.check(retried.every((r) => r.outcome === "created" || r.outcome === "duplicate"), `every retry after restart got a success answer (${retried.length})`);
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
