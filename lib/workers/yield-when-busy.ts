import { type CpuSample, othersBusyShare, sampleCpu } from "./cpu-pressure";

export interface YieldPolicy {
  /** Other processes' share of all CPU time (0–1) at or above which background work waits. */
  busyShare: number;
  /** The longest background work waits in a row: a machine that stays busy still gets its emails out. */
  maxWaitMs: number;
}

/** What `npm run worker` uses: step aside while requests and their queries fill 80 % of the machine, for up to 30 s. */
export const WORKER_YIELD_POLICY: YieldPolicy = { busyShare: 0.8, maxWaitMs: 30_000 };

/**
 * A gate the background loop asks before each tick: false while the rest of the machine has been
 * busy since the previous tick (so the jobs' CPU, and their queries' in PostgreSQL, go to requests
 * instead), true otherwise and at least once every `maxWaitMs`. The work is only postponed: it is
 * all still queued in PostgreSQL and drains when the burst is over. Where the machine's load cannot
 * be read (not Linux), it never waits.
 */
export function createYieldGate(policy: YieldPolicy, sample: () => CpuSample | null = sampleCpu, now: () => number = Date.now): () => boolean {
  let previous = sample();
  let waitingSince: number | null = null;
  return () => {
    const current = sample();
    const busy = previous && current ? othersBusyShare(previous, current) >= policy.busyShare : false;
    previous = current;
    if (!busy) {
      waitingSince = null;
      return true;
    }
    const at = now();
    waitingSince ??= at;
    if (at - waitingSince < policy.maxWaitMs) return false;
    waitingSince = at;
    return true;
  };
}
