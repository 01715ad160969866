import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rateLimitHits } from "@/db/schema";

export interface RateLimit {
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit against each limit in PostgreSQL (so the limits hold across app instances) and
 * says whether all of them still allow it. Fixed windows: simple, and generous limits make the
 * edge effect irrelevant.
 */
export async function consumeRateLimits(db: Executor, limits: readonly RateLimit[], now = new Date()): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  if (limits.length === 0) return { allowed: true };
  const windows = limits.map(({ key, limit, windowSeconds }) => {
    const windowMs = windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    return { key, limit, windowStart, endsAt: windowStart.getTime() + windowMs };
  });
  // One statement for all limits: this runs on every application, so round trips count.
  const rows = await db
    .insert(rateLimitHits)
    .values(windows.map(({ key, windowStart }) => ({ key, windowStart, count: 1 })))
    .onConflictDoUpdate({ target: [rateLimitHits.key, rateLimitHits.windowStart], set: { count: sql`${rateLimitHits.count} + 1` } })
    .returning({ key: rateLimitHits.key, count: rateLimitHits.count });
  let retryAfterSeconds = 0;
  for (const w of windows) {
    const count = rows.find((row) => row.key === w.key)?.count ?? 0;
    if (count > w.limit) retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil((w.endsAt - now.getTime()) / 1000));
  }
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}

/** The apply form's limits, from the environment; generous enough for a shared office network. */
export function applyRateLimits(ip: string | null, email: string): RateLimit[] {
  const perIp = Number(process.env.RATE_LIMIT_APPLY_PER_IP_HOUR ?? 30);
  const perEmail = Number(process.env.RATE_LIMIT_APPLY_PER_EMAIL_DAY ?? 10);
  return [
    ...(ip ? [{ key: `apply:ip:${ip}`, limit: perIp, windowSeconds: 3_600 }] : []),
    { key: `apply:email:${email}`, limit: perEmail, windowSeconds: 86_400 },
  ];
}
