import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { clusterUrl, startEmbeddedCluster, type EmbeddedCluster } from "@/db/runtime/embedded-postgres";
import { findFreePort } from "@/db/runtime/free-port";
import { migrateDatabase } from "@/db/runtime/migrate";
import { TEMPLATE_DATABASE, withDatabase } from "./database-urls";

declare module "vitest" {
  export interface ProvidedContext {
    testAdminUrl: string;
  }
}

/**
 * Once per run: a real PostgreSQL (a throwaway embedded cluster, or DATABASE_URL's server) with a template database migrated by the real migrations. Each test file clones it.
 */
export default async function setup(project: TestProject) {
  let cluster: EmbeddedCluster | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // A throwaway cluster per run (it starts in about a second), so two runs never share one.
    const parent = mkdtempSync(path.join(tmpdir(), "shortlist-test-"));
    // The server runs as the unprivileged postgres user, which must be able to reach its directory.
    chmodSync(parent, 0o755);
    dataDir = path.join(parent, "pg");
    const port = await findFreePort();
    cluster = await startEmbeddedCluster({ dataDir, port });
    adminUrl = clusterUrl(port, "postgres");
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.unsafe(`create database ${TEMPLATE_DATABASE}`);
  await migrateDatabase(withDatabase(adminUrl, TEMPLATE_DATABASE));
  await admin.end();
  project.provide("testAdminUrl", adminUrl);
  return async () => {
    await cluster?.stop();
    if (dataDir) rmSync(path.dirname(dataDir), { recursive: true, force: true });
  };
}
