import "server-only";
import postgres, { type Sql } from "postgres";
import { reconnectBackoff } from "@/db/client";

/**
 * Whether requests should reach pages and actions at all. While PostgreSQL is unreachable every
 * page and action would fail anyway, some after waiting out a connect timeout; answering 503 at
 * once tells visitors and load balancers the truth (lib/app/unavailable-response.ts).
 *
 * The answer comes from a probe on a connection of its own: a probe queued behind a busy pool
 * would call a loaded database "down". The last result is reused for PROBE_INTERVAL_MS; while the
 * database is up the refresh runs in the background, so no request waits on it.
 */
const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_000;

interface Gate {
  url: string;
  sql: Sql;
  healthy: boolean;
  checkedAt: number;
  probe: Promise<boolean> | null;
}

const globalForGate = globalThis as unknown as { shortlistDatabaseGate?: Gate };

function gate(): Gate | null {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  const cached = globalForGate.shortlistDatabaseGate;
  if (cached && cached.url === url) return cached;
  if (cached) void cached.sql.end({ timeout: 1 });
  const sql = postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 30, backoff: reconnectBackoff, onnotice: () => undefined });
  const created: Gate = { url, sql, healthy: true, checkedAt: 0, probe: null };
  globalForGate.shortlistDatabaseGate = created;
  return created;
}

/**
 * A probe whose own connection was just terminated (a failover, pg_terminate_backend) fails once
 * on a healthy database; only a second failure, on a fresh connection, means "down".
 */
async function answers(sql: Sql): Promise<boolean> {
  return (await answersOnce(sql)) || (await answersOnce(sql));
}

async function answersOnce(sql: Sql): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([sql`select 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function probe(g: Gate): Promise<boolean> {
  g.probe ??= answers(g.sql).then((healthy) => {
    g.healthy = healthy;
    g.checkedAt = Date.now();
    g.probe = null;
    return healthy;
  });
  return g.probe;
}

export async function isDatabaseAvailable(): Promise<boolean> {
  const g = gate();
  // Without a database URL the pages report their own configuration error.
  if (!g) return true;
  if (Date.now() - g.checkedAt < PROBE_INTERVAL_MS) return g.healthy;
  // Known down: wait for the new probe, so the first request after the database returns gets through.
  if (!g.healthy) return probe(g);
  void probe(g);
  return true;
}
