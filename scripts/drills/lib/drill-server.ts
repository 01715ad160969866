import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { clusterUrl, startEmbeddedCluster, type EmbeddedCluster } from "@/db/runtime/embedded-postgres";
import { terminateProcess } from "@/db/runtime/processes";
import { clearRuntimeCaches } from "../../lib/next-runtime-cache";
import { prepareTestDatabase, seedTestDatabase, TEST_AUTH_SECRET, waitForHttpOk } from "../../lib/start-test-server";

/**
 * What every drill shares: the production build (NEXT_DIST_DIR, default .next), a database of its
 * own on an embedded cluster under .data/drills-NAME (or on DATABASE_URL's server), seeded with the
 * demo team, and `next start` processes it can kill, restart and signal.
 */
export const distDir = process.env.NEXT_DIST_DIR || ".next";

export function requireBuild(): void {
  if (existsSync(path.join(distDir, "BUILD_ID"))) return;
  console.error(`No production build in ${distDir}/: run \`npm run build\` first (or set NEXT_DIST_DIR to the build directory you made).`);
  process.exit(2);
}

export interface DrillDatabase {
  url: string;
  /** The embedded cluster's admin URL; null when DATABASE_URL names an external server. */
  adminUrl: string | null;
  clusterDir: string;
  clusterPort: number;
  stopCluster(): Promise<void>;
  /** Starts the embedded cluster again after stopCluster (same data directory and port). */
  startCluster(): Promise<void>;
}

export async function prepareDrillDatabase(name: string, defaultPort: number, extraSeed?: () => Promise<void>): Promise<DrillDatabase> {
  const clusterDir = `.data/drills-${name}`;
  const clusterPort = Number(process.env.DRILL_POSTGRES_PORT ?? defaultPort);
  // Read before seeding, which sets DATABASE_URL to the drill's own database.
  const embedded = !process.env.DATABASE_URL;
  const prepared = await prepareTestDatabase({ database: `shortlist_drill_${name.replaceAll("-", "_")}`, clusterDir, clusterPort, log: () => undefined });
  await seedTestDatabase(prepared.url, extraSeed);
  let stop = prepared.stopCluster;
  return {
    url: prepared.url,
    adminUrl: embedded ? clusterUrl(clusterPort, "postgres") : null,
    clusterDir,
    clusterPort,
    stopCluster: () => stop(),
    async startCluster() {
      const cluster: EmbeddedCluster = await startEmbeddedCluster({ dataDir: path.resolve(clusterDir), port: clusterPort });
      stop = cluster.stop;
    },
  };
}

export interface DrillServer {
  port: number;
  origin: string;
  process: ChildProcess;
  log: string;
  /** Resolves with the exit code (or the signal's name) once the server process has exited. */
  exited: Promise<number | string>;
}

/**
 * `next start` on loopback as the leader of its own process group (so a `kill -9` takes its
 * children too), its output in a log file beside the drill's cluster.
 */
export function startDrillServer(options: { name: string; port: number; databaseUrl: string; env?: Record<string, string> }): DrillServer {
  clearRuntimeCaches(distDir);
  const logDir = path.resolve(`.data/drills-${options.name}-logs`);
  mkdirSync(logDir, { recursive: true });
  const log = path.join(logDir, `server-${options.port}.log`);
  const fd = openSync(log, "a");
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "--port", String(options.port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: TEST_AUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      // Every drill client is one address (Next sets X-Forwarded-For to 127.0.0.1): raise the per-IP
      // limit as scripts/bench-apply.ts does; the two-instance drill sets its own and sends addresses.
      RATE_LIMIT_APPLY_PER_IP_HOUR: "100000000",
      ...options.env,
    },
    stdio: ["ignore", fd, fd],
    detached: true,
  });
  closeSync(fd);
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  return { port: options.port, origin: `http://127.0.0.1:${options.port}`, process: child, log, exited };
}

export async function waitForServer(server: DrillServer, timeoutMs = 90_000): Promise<void> {
  await waitForHttpOk(`${server.origin}/api/health`, timeoutMs);
}

export async function stopDrillServer(server: DrillServer): Promise<void> {
  if (server.process.pid && server.process.exitCode === null && server.process.signalCode === null) {
    await terminateProcess(server.process.pid, "SIGTERM", 15_000, true);
  }
}

/** SIGKILL to the server's whole process group, as the kernel's OOM killer or `kill -9` would. */
export function killServerHard(server: DrillServer): void {
  if (!server.process.pid) return;
  try {
    process.kill(-server.process.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}
