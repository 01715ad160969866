/**
 * When the outbox tries again. Pure: the worker passes the clock and the random source in.
 *
 * 12 tries spread over roughly six hours ride out an SMTP server that is down for a deploy or an
 * afternoon; after that a person has to look (the message stays, marked dead, in the mailbox).
 */
export const MAX_DELIVERY_ATTEMPTS = 12;

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * How long a claimed message is hidden from other workers while one of them sends it. Longer than
 * the slowest send the SMTP timeouts allow (see transport.ts), so only a crashed worker's claim
 * ever runs out — and then the message is sent again rather than lost.
 */
export const CLAIM_LEASE_MS = 5 * 60_000;

/**
 * The pause after `attempts` failed tries: 30 s · 2^(attempts − 1), ±25 % jitter so instances that
 * failed together against the same server do not all retry in the same second, capped at an hour.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 20);
  const base = Math.min(BASE_DELAY_MS * 2 ** exponent, MAX_DELAY_MS);
  const jittered = base * (0.75 + 0.5 * random());
  return Math.round(Math.min(jittered, MAX_DELAY_MS));
}

export type FailureOutcome = { status: "pending"; nextAttemptAt: Date } | { status: "dead" };

/** What a failed try leads to; `attempts` already counts the try that just failed. */
export function afterFailedAttempt(attempts: number, now: Date, random: () => number = Math.random): FailureOutcome {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return { status: "dead" };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, random)) };
}
