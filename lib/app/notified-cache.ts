import "server-only";
import { getSql } from "@/db/client";
import { loggableError } from "@/lib/app/loggable-error";
import { listenToChannel } from "@/lib/live/live-hub";
import { SingleFlightCache } from "./single-flight-cache";

export interface NotifiedCacheOptions {
  /** The PostgreSQL notification channel that announces a change. */
  channel: string;
  /** What the logs call it. */
  name: string;
  /** The longest an entry lives: bounds what a missed notification could cost. */
  safetyNetMs: number;
  maxEntries: number;
}

/**
 * A per-process cache of data that changes rarely, emptied in every process when it changes. The
 * cache is in each process, and an invalidation reaches every process through PostgreSQL: `npm
 * start` runs a worker per core, and a change handled by one worker must not leave another serving
 * the old data. `invalidateEverywhere` empties this process's cache at once and NOTIFYs the others,
 * which empty theirs when the notification arrives (milliseconds), and after a reconnect of their
 * LISTEN connection, when some may have been missed. A process that is not listening reads through
 * without caching. A load under way when the cache is emptied is not stored (SingleFlightCache).
 */
export interface NotifiedCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  invalidateEverywhere(): Promise<void>;
}

interface State {
  entries: SingleFlightCache<{ value: unknown }>;
  /** Resolves to whether this process is LISTENing for other processes' invalidations. */
  listening: Promise<boolean> | null;
}

// On globalThis, so that every copy of a module in the process (Next bundles it into several
// routes) shares one cache and one listener; by database and channel, so that a process that
// switches databases (the tests do) never serves one database's data for another's.
const globalForCaches = globalThis as unknown as { shortlistNotifiedCaches?: Map<string, State> };

export function notifiedCache({ channel, name, safetyNetMs, maxEntries }: NotifiedCacheOptions): NotifiedCache {
  const state = (): State => {
    const caches = (globalForCaches.shortlistNotifiedCaches ??= new Map());
    const key = `${process.env.DATABASE_URL ?? ""}\n${channel}`;
    let found = caches.get(key);
    if (!found) {
      found = { entries: new SingleFlightCache({ ttlMs: safetyNetMs, maxEntries }), listening: null };
      caches.set(key, found);
    }
    return found;
  };
  const listening = (cache: State): Promise<boolean> => {
    cache.listening ??= listenToChannel(
      channel,
      () => cache.entries.invalidate(),
      () => cache.entries.invalidate(),
    ).then(
      () => true,
      (error: unknown) => {
        console.error(`${name}: cannot LISTEN for invalidations; reading through until it can.`, loggableError(error));
        cache.listening = null;
        return false;
      },
    );
    return cache.listening;
  };
  return {
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const cache = state();
      if (!(await listening(cache))) return load();
      const box = await cache.entries.get(key, async () => ({ value: await load() }));
      return box!.value as T;
    },
    async invalidateEverywhere(): Promise<void> {
      state().entries.invalidate();
      try {
        await getSql()`select pg_notify(${channel}, '')`;
      } catch (error) {
        // The change itself is committed; the other processes catch up within the safety net.
        console.error(`${name}: could not tell the other processes to invalidate.`, loggableError(error));
      }
    },
  };
}
