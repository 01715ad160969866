import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import { reconnectBackoff, type Database } from "@/db/client";
import { clientForDrizzle } from "@/db/prepared-statements";
import * as schema from "@/db/schema";

/**
 * A small pool, apart from the app's, for the report queries that run beside the page's own
 * transaction (`inParallelReportSnapshot` in reports-scope.ts).
 *
 * Apart because a page holds its pool connection (the snapshot it exported) while it waits for
 * these: were they taken from the same pool, enough pages rendering at once would each hold one
 * connection and wait forever for a second. Connections here never wait for anything but their
 * own queries, so the two pools cannot wait on each other in a circle.
 */
const SIZE = Number(process.env.REPORT_SIDE_POOL_SIZE ?? 4);

interface SidePool {
  url: string;
  sql: Sql;
  db: Database;
}

// Cached on globalThis like db/client.ts (dev-mode reloads), and keyed by URL: tests point
// DATABASE_URL at a database of their own per file.
const globalForReports = globalThis as unknown as { shortlistReportSidePool?: SidePool };

export function reportSideDb(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  const cached = globalForReports.shortlistReportSidePool;
  if (cached?.url === url) return cached.db;
  if (cached) void cached.sql.end({ timeout: 0 });
  // A short idle timeout: the pool is busy only while a report page renders, and a script or test
  // that is done with the database should not be kept alive by it.
  // Reconnects as quickly as the app pool after a database restart (db/client.ts).
  const sql = postgres(url, { max: SIZE, connect_timeout: 5, idle_timeout: 20, backoff: reconnectBackoff, onnotice: () => undefined });
  const pool = { url, sql, db: drizzle(clientForDrizzle(sql), { schema, casing: "snake_case" }) };
  globalForReports.shortlistReportSidePool = pool;
  return pool.db;
}

export async function closeReportSideConnections(): Promise<void> {
  const cached = globalForReports.shortlistReportSidePool;
  globalForReports.shortlistReportSidePool = undefined;
  await cached?.sql.end({ timeout: 5 });
}
