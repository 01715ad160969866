import { closeDb } from "@/db/client";
import { openDatabase } from "@/db/runtime/database";
import { startBackgroundWorkers, stopBackgroundWorkers } from "@/lib/workers/background-workers";
import { resolveAuthSecret } from "./lib/auth-secret";

/**
 * `npm run worker`: the background jobs (email delivery, resume text) in a process of their own,
 * for deployments that run the web instances with BACKGROUND_JOBS=off so that this work never
 * takes CPU from requests. Safe to run beside in-process jobs: work is claimed in PostgreSQL.
 * It uses the web app's AUTH_SECRET (the retention job keys erasure tombstones with it unless
 * ERASURE_HASH_KEY is set), so a tombstone written here matches one written by the app.
 */
async function main() {
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = resolveAuthSecret("start");
  startBackgroundWorkers();
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
