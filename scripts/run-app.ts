import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isProcessAlive, processCommandIncludes, readPidFile, terminateProcess } from "@/db/runtime/processes";
import { resolveAuthSecret } from "./lib/auth-secret";
import { clearRuntimeCaches } from "./lib/next-runtime-cache";
import { prepareDatabase } from "./lib/prepare-database";

/**
 * `npm run dev` / `npm start`: database first (embedded unless DATABASE_URL is set, migrated,
 * seeded when empty), then Next.js. Ctrl-C or SIGTERM stops both cleanly.
 */
const mode = process.argv[2] === "start" ? "start" : "dev";
const supervisorPidFile = path.resolve(`.data/run-${mode}.pid`);
const serverPidFile = path.resolve(`.data/next-${mode}.pid`);

async function main() {
  await stopPreviousRun();
  mkdirSync(path.dirname(supervisorPidFile), { recursive: true });
  writeFileSync(supervisorPidFile, String(process.pid));
  const database = await prepareDatabase({ seed: true });
  // Pages cached by an earlier run may predate changes made to the database since (a restore, a reseed).
  if (mode === "start") clearRuntimeCaches();
  const env = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: resolveAuthSecret(mode), NEXT_TELEMETRY_DISABLED: "1" };
  const port = process.env.PORT ?? "3000";
  // Next runs as the leader of its own process group, so the whole group (its workers too) can
  // be stopped together, now or by the next start if this process is killed with SIGKILL.
  // `npm start` serves from one worker per core (scripts/next-cluster.mjs, WEB_CONCURRENCY to change).
  const command = mode === "start" ? [path.resolve("scripts/next-cluster.mjs"), "--port", port] : [require.resolve("next/dist/bin/next"), "dev", "--port", port];
  const server = spawn(process.execPath, command, { env, stdio: "inherit", detached: true });
  writeFileSync(serverPidFile, String(server.pid));
  console.log(`Shortlist is starting on http://localhost:${port}`);

  let stopping = false;
  const stop = async (exitCode: number, signal: NodeJS.Signals = "SIGTERM") => {
    if (stopping) return;
    stopping = true;
    if (server.pid) await terminateProcess(server.pid, signal, 10_000, true);
    await database.stop();
    rmSync(serverPidFile, { force: true });
    rmSync(supervisorPidFile, { force: true });
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stop(0, "SIGINT"));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 1));
}

/**
 * After a crash or a `kill -9`, an earlier run may have left its supervisor or its Next.js server
 * running and holding the port: stop them before starting again. (PostgreSQL is adopted instead.)
 */
async function stopPreviousRun() {
  const supervisor = readPidFile(supervisorPidFile);
  if (supervisor && supervisor !== process.pid && isProcessAlive(supervisor) && processCommandIncludes(supervisor, "run-app")) {
    console.log(`Stopping an earlier Shortlist run (pid ${supervisor}).`);
    await terminateProcess(supervisor, "SIGTERM", 20_000);
  }
  const server = readPidFile(serverPidFile);
  if (server && isProcessAlive(server) && processCommandIncludes(server, "next")) {
    console.log(`Stopping the Next.js server left running by an earlier start (pid ${server}).`);
    await terminateProcess(server, "SIGTERM", 10_000, true);
  }
  rmSync(serverPidFile, { force: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
