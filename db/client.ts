import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import { clientForDrizzle } from "./prepared-statements";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
/** What a service function receives: the database or a transaction inside it. */
export type Executor = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;

interface Connection {
  url: string;
  sql: Sql;
  db: Database;
}

// One pool per process. Cached on globalThis so that dev-mode module reloading does not open a new
// pool on every edit, and keyed by URL so tests that switch databases get a fresh one.
const globalForDb = globalThis as unknown as { shortlistDb?: Connection };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  }
  return url;
}

/**
 * Seconds before a pool connection reconnects after a failed attempt. postgres.js's default grows
 * to 20 s (3^n/100, shared across the pool), so after an outage of a few seconds the app stayed
 * unavailable long after the database was back; this caps the wait at 1 s.
 */
export function reconnectBackoff(retries: number): number {
  return Math.min(0.1 * 2 ** retries, 1) * (0.5 + Math.random() / 2);
}

function connect(): Connection {
  const url = databaseUrl();
  const cached = globalForDb.shortlistDb;
  if (cached && cached.url === url) return cached;
  const sql = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Fail fast while the database is down so requests answer 503 instead of hanging.
    connect_timeout: 5,
    idle_timeout: 60,
    backoff: reconnectBackoff,
    onnotice: () => undefined,
  });
  const connection = { url, sql, db: drizzle(clientForDrizzle(sql), { schema, casing: "snake_case" }) };
  globalForDb.shortlistDb = connection;
  return connection;
}

export function getDb(): Database {
  return connect().db;
}

export function getSql(): Sql {
  return connect().sql;
}

export async function closeDb(): Promise<void> {
  const cached = globalForDb.shortlistDb;
  globalForDb.shortlistDb = undefined;
  await cached?.sql.end({ timeout: 5 });
}
