import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { closeDb } from "@/db/client";
import { clusterUrl, startEmbeddedCluster } from "@/db/runtime/embedded-postgres";
import { migrateDatabase } from "@/db/runtime/migrate";
import { seedIfEmpty } from "@/db/seed/seed";
import { withDatabase } from "@/db/testing/database-urls";
import { clearRuntimeCaches } from "./next-runtime-cache";
import { TEST_AUTH_SECRET } from "./test-auth-secret";

export { TEST_AUTH_SECRET };

/**
 * What the e2e server and the benchmarks share: a fresh database (on DATABASE_URL's server, or an
 * embedded cluster of their own), migrated and seeded with the demo team, then `next start` on the
 * production build. Each caller names its own database and cluster so they can run side by side.
 */
export interface TestDatabaseOptions {
  /** Dropped and re-created on every start. */
  database: string;
  /** Used when DATABASE_URL is unset: where the embedded cluster lives and its port. */
  clusterDir: string;
  clusterPort: number;
  log?: (line: string) => void;
}

export interface TestDatabase {
  url: string;
  stopCluster: () => Promise<void>;
}

export async function prepareTestDatabase({ database, clusterDir, clusterPort, log = console.log }: TestDatabaseOptions): Promise<TestDatabase> {
  let adminUrl = process.env.DATABASE_URL;
  let stopCluster = async () => undefined as void;
  if (!adminUrl) {
    const cluster = await startEmbeddedCluster({ dataDir: path.resolve(clusterDir), port: clusterPort, log });
    adminUrl = clusterUrl(clusterPort, "postgres");
    stopCluster = cluster.stop;
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`drop database if exists ${database} with (force)`);
  await admin.unsafe(`create database ${database}`);
  await admin.end();
  const url = withDatabase(adminUrl, database);
  await migrateDatabase(url);
  return { url, stopCluster };
}

/** Seeds the organisation, the demo team and the seed job, then runs `extra` with the app's pool on `url`. */
export async function seedTestDatabase(url: string, extra?: () => Promise<void>): Promise<void> {
  process.env.DATABASE_URL = url;
  await seedIfEmpty({ demoUsers: true });
  await extra?.();
  await closeDb();
}


/**
 * `next start` on loopback against `databaseUrl`; the build must exist (`next build`). `cluster`:
 * as `npm start` serves, one worker per core (scripts/next-cluster.mjs) — the benchmarks measure
 * that; tests and drills watch a single server process.
 */
export function startNextServer(options: { port: string; databaseUrl: string; stdio: "inherit" | "ignore"; cluster?: boolean }): ChildProcess {
  clearRuntimeCaches();
  const entry = options.cluster ? path.resolve("scripts/next-cluster.mjs") : require.resolve("next/dist/bin/next");
  const args = [...(options.cluster ? [] : ["start"]), "--port", options.port, "--hostname", "127.0.0.1"];
  return spawn(process.execPath, [entry, ...args], {
    env: { ...process.env, DATABASE_URL: options.databaseUrl, AUTH_SECRET: TEST_AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: options.stdio,
  });
}

/** Polls `url` until it answers 200, or fails after `timeoutMs`. */
export async function waitForHttpOk(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
