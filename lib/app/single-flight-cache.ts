interface Entry<T> {
  value: T;
  /** When the load that produced it started: its data is at least that old. */
  loadedAt: number;
}

export interface SingleFlightCacheOptions {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}

/**
 * A per-process cache. Entries expire `ttlMs` after their load started; at most `maxEntries`,
 * oldest out. Concurrent misses for one key share one load (single flight). `load` returns null
 * for a value that must not be stored; every caller waiting on it gets null and loads for itself.
 * `invalidate` drops entries at once, and a load that was under way when it was called is not
 * stored: it may have read what the invalidation is about.
 */
export class SingleFlightCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #inFlight = new Map<string, Promise<T | null>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  #generation = 0;

  constructor({ ttlMs, maxEntries, now = Date.now }: SingleFlightCacheOptions) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
    this.#now = now;
  }

  get size(): number {
    return this.#entries.size;
  }

  async get(key: string, load: () => Promise<T | null>): Promise<T | null> {
    const entry = this.#entries.get(key);
    if (entry && this.#now() - entry.loadedAt < this.#ttlMs) return entry.value;
    if (entry) this.#entries.delete(key);
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const loadedAt = this.#now();
    const generation = this.#generation;
    const flight: Promise<T | null> = load().then(
      (value) => {
        this.#settle(key, flight);
        if (value !== null && generation === this.#generation) this.#store(key, { value, loadedAt });
        return value;
      },
      (error: unknown) => {
        this.#settle(key, flight);
        throw error;
      },
    );
    this.#inFlight.set(key, flight);
    return flight;
  }

  /** Drops the entries whose key matches (every entry without a predicate). */
  invalidate(matches: (key: string) => boolean = () => true): void {
    this.#generation += 1;
    for (const key of this.#entries.keys()) if (matches(key)) this.#entries.delete(key);
    for (const key of this.#inFlight.keys()) if (matches(key)) this.#inFlight.delete(key);
  }

  /** A load that finished stops being the one to wait for, unless an invalidation already replaced it. */
  #settle(key: string, flight: Promise<T | null>): void {
    if (this.#inFlight.get(key) === flight) this.#inFlight.delete(key);
  }

  #store(key: string, entry: Entry<T>): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    // Insertion order is (nearly) load order: drop expired entries from the front, then the oldest over the bound.
    for (const [oldKey, old] of this.#entries) {
      if (this.#entries.size > this.#maxEntries || this.#now() - old.loadedAt >= this.#ttlMs) this.#entries.delete(oldKey);
      else break;
    }
  }
}
