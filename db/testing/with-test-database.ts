import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb } from "@/db/client";
import { TEMPLATE_DATABASE, withDatabase } from "./database-urls";

/**
 * Gives the calling test file a database of its own, cloned from the migrated template, and points
 * DATABASE_URL (and so the app's pool) at it. Dropped when the file's tests are done.
 */
export function withTestDatabase(): void {
  const adminUrl = inject("testAdminUrl");
  const name = `shortlist_test_${randomBytes(6).toString("hex")}`;
  beforeAll(async () => {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`create database ${name} template ${TEMPLATE_DATABASE}`);
    await admin.end();
    process.env.DATABASE_URL = withDatabase(adminUrl, name);
  });
  afterAll(async () => {
    await closeDb();
    const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
}
