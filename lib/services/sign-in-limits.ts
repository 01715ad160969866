import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimitHits } from "@/db/schema";
import { RateLimitedError } from "./errors";

const WINDOW_SECONDS = 15 * 60;
// Per account: enough for typos, too few to guess a password. Per IP: an office behind one address.
const limits = () => ({
  account: Number(process.env.SIGN_IN_FAILURES_PER_ACCOUNT ?? 10),
  ip: Number(process.env.SIGN_IN_FAILURES_PER_IP ?? 100),
});

function keys(email: string, ip: string | null, now: Date) {
  const windowStart = new Date(Math.floor(now.getTime() / (WINDOW_SECONDS * 1000)) * WINDOW_SECONDS * 1000);
  return {
    windowStart,
    retryAfterSeconds: Math.ceil((windowStart.getTime() + WINDOW_SECONDS * 1000 - now.getTime()) / 1000),
    account: `sign-in-failures:account:${email.trim().toLowerCase()}`,
    ip: ip ? `sign-in-failures:ip:${ip}` : null,
  };
}

/**
 * Refuses a sign-in attempt once an account or an address has failed too often in the current
 * window. Counted for any email, existing or not, so the limit reveals nothing about accounts.
 * Kept in PostgreSQL so it holds across app instances.
 */
export async function assertSignInAllowed(email: string, ip: string | null, now = new Date()): Promise<void> {
  const k = keys(email, ip, now);
  const rows = await getDb()
    .select({ key: rateLimitHits.key, count: rateLimitHits.count })
    .from(rateLimitHits)
    .where(and(inArray(rateLimitHits.key, [k.account, ...(k.ip ? [k.ip] : [])]), eq(rateLimitHits.windowStart, k.windowStart)));
  const { account, ip: perIp } = limits();
  const over = rows.some((row) => (row.key === k.account ? row.count >= account : row.count >= perIp));
  if (over) throw new RateLimitedError(k.retryAfterSeconds);
}

export async function recordSignInFailure(email: string, ip: string | null, now = new Date()): Promise<void> {
  const k = keys(email, ip, now);
  await getDb()
    .insert(rateLimitHits)
    .values([k.account, ...(k.ip ? [k.ip] : [])].map((key) => ({ key, windowStart: k.windowStart, count: 1 })))
    .onConflictDoUpdate({ target: [rateLimitHits.key, rateLimitHits.windowStart], set: { count: sql`${rateLimitHits.count} + 1` } });
}
