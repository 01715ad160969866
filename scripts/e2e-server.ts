import { spawn } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { closeDb } from "@/db/client";
import { clusterUrl, startEmbeddedCluster } from "@/db/runtime/embedded-postgres";
import { terminateProcess } from "@/db/runtime/processes";
import { migrateDatabase } from "@/db/runtime/migrate";
import { seedIfEmpty } from "@/db/seed/seed";
import { withDatabase } from "@/db/testing/database-urls";

/**
 * The server Playwright tests against: a fresh database (on DATABASE_URL's server, or an embedded
 * cluster of its own), migrated and seeded with the demo team, then `next start` on the given port.
 */
const port = process.argv[2] ?? "3100";
const E2E_DATABASE = "shortlist_e2e";

async function main() {
  let adminUrl = process.env.DATABASE_URL;
  let stopCluster = async () => undefined as void;
  if (!adminUrl) {
    const clusterPort = Number(process.env.E2E_POSTGRES_PORT ?? 54331);
    const cluster = await startEmbeddedCluster({ dataDir: path.resolve(".data/postgres-e2e"), port: clusterPort, log: console.log });
    adminUrl = clusterUrl(clusterPort, "postgres");
    stopCluster = cluster.stop;
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`drop database if exists ${E2E_DATABASE} with (force)`);
  await admin.unsafe(`create database ${E2E_DATABASE}`);
  await admin.end();
  const url = withDatabase(adminUrl, E2E_DATABASE);
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  await seedIfEmpty({ demoUsers: true });
  await closeDb();

  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "--port", port, "--hostname", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  const shutdown = async () => {
    await terminateProcess(server.pid ?? 0, "SIGTERM");
    await stopCluster();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
  server.on("exit", (code) => void stopCluster().then(() => process.exit(code ?? 1)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
