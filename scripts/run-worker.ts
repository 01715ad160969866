import { setPriority } from "node:os";
import { closeDb } from "@/db/client";
import { openDatabase } from "@/db/runtime/database";
import { startBackgroundWorkers, stopBackgroundWorkers } from "@/lib/workers/background-workers";
import { createYieldGate, WORKER_YIELD_POLICY } from "@/lib/workers/yield-when-busy";
import { resolveAuthSecret } from "./lib/auth-secret";

/**
 * `npm run worker`: the background jobs (email delivery, resume text) in a process of their own,
 * for deployments that run the web instances with BACKGROUND_JOBS=off so that this work stays
 * off the request path. On a shared machine it yields the CPU to requests: it runs at a lower
 * priority, and postpones its jobs (for up to 30 s at a time) while the rest of the machine is busy.
 * Safe to run beside in-process jobs: work is claimed in PostgreSQL.
 * It uses the web app's AUTH_SECRET (the retention job keys erasure tombstones with it unless
 * ERASURE_HASH_KEY is set), so a tombstone written here matches one written by the app.
 */
async function main() {
  lowerPriority();
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = resolveAuthSecret("start");
  // Jobs step aside while requests keep the machine busy (WORKER_YIELD=off to always run them).
  startBackgroundWorkers(process.env.WORKER_YIELD === "off" ? {} : { shouldRun: createYieldGate(WORKER_YIELD_POLICY) });
  console.log("Background jobs running. Ctrl-C to stop.");
  const stop = async () => {
    await stopBackgroundWorkers();
    await closeDb();
    // The database is the web app's too (and usually DATABASE_URL's): it is not ours to stop.
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

/**
 * Background work yields the CPU to requests on a shared machine: the jobs (text extraction above
 * all) run at a lower scheduling priority, WORKER_NICE (default 10; 0 to keep the usual priority).
 * Set first, so the threads Node starts later inherit it.
 */
function lowerPriority() {
  const nice = Number.parseInt(process.env.WORKER_NICE ?? "10", 10);
  if (!Number.isInteger(nice) || nice <= 0) return;
  try {
    setPriority(Math.min(nice, 19));
  } catch (error) {
    console.warn(`Could not lower the worker's priority: ${error instanceof Error ? error.message : String(error)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
