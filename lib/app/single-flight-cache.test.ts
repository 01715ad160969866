import { describe, expect, it } from "vitest";
import { SingleFlightCache } from "./single-flight-cache";

const options = { ttlMs: 1_000, maxEntries: 500 };

/** A load whose completion the test controls. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("SingleFlightCache", () => {
  function clock() {
    let time = 1_000_000;
    return { now: () => time, advance: (ms: number) => (time += ms) };
  }

  it("serves a stored page until its second is up, then loads again", async () => {
    const time = clock();
    const cache = new SingleFlightCache<string>({ ...options, ttlMs: 1_000, now: time.now });
    let loads = 0;
    const load = async () => `page ${++loads}`;
    expect(await cache.get("/jobs", load)).toBe("page 1");
    time.advance(999);
    expect(await cache.get("/jobs", load)).toBe("page 1");
    time.advance(1);
    expect(await cache.get("/jobs", load)).toBe("page 2");
    expect(loads).toBe(2);
  });

  it("counts the second from when the load started, so a slow load is not served longer", async () => {
    const time = clock();
    const cache = new SingleFlightCache<string>({ ...options, ttlMs: 1_000, now: time.now });
    const slow = deferred<string>();
    const first = cache.get("/jobs", () => slow.promise);
    time.advance(600);
    slow.resolve("old");
    expect(await first).toBe("old");
    time.advance(400);
    expect(await cache.get("/jobs", async () => "new")).toBe("new");
  });

  it("keeps each key apart", async () => {
    const cache = new SingleFlightCache<string>(options);
    expect(await cache.get("/jobs", async () => "board")).toBe("board");
    expect(await cache.get("/jobs?workplace=remote", async () => "remote")).toBe("remote");
    expect(await cache.get("/jobs", async () => "again")).toBe("board");
  });

  it("shares one load among concurrent misses for a key", async () => {
    const cache = new SingleFlightCache<string>(options);
    const load = deferred<string>();
    let loads = 0;
    const calls = Array.from({ length: 20 }, () =>
      cache.get("/jobs/a", () => {
        loads++;
        return load.promise;
      }),
    );
    const other = cache.get("/jobs/b", async () => "b");
    load.resolve("a");
    expect(await Promise.all(calls)).toEqual(Array(20).fill("a"));
    expect(await other).toBe("b");
    expect(loads).toBe(1);
  });

  it("does not store what the load declines, and every waiter loads for itself", async () => {
    const cache = new SingleFlightCache<string>(options);
    const load = deferred<string | null>();
    const waiting = [cache.get("/jobs/gone", () => load.promise), cache.get("/jobs/gone", () => load.promise)];
    load.resolve(null);
    expect(await Promise.all(waiting)).toEqual([null, null]);
    expect(cache.size).toBe(0);
    expect(await cache.get("/jobs/gone", async () => "now published")).toBe("now published");
  });

  it("passes a failed load to its waiters and tries again on the next request", async () => {
    const cache = new SingleFlightCache<string>(options);
    const load = deferred<string>();
    const waiting = [cache.get("/jobs", () => load.promise), cache.get("/jobs", () => load.promise)];
    load.reject(new Error("inner fetch failed"));
    for (const call of waiting) await expect(call).rejects.toThrow("inner fetch failed");
    expect(await cache.get("/jobs", async () => "recovered")).toBe("recovered");
  });

  it("holds at most maxEntries, dropping the oldest", async () => {
    const cache = new SingleFlightCache<string>({ ...options, maxEntries: 3 });
    for (const key of ["a", "b", "c", "d"]) await cache.get(key, async () => key);
    expect(cache.size).toBe(3);
    let loaded = false;
    expect(
      await cache.get("a", async () => {
        loaded = true;
        return "a again";
      }),
    ).toBe("a again");
    expect(loaded).toBe(true);
    expect(await cache.get("d", async () => "not used")).toBe("d");
  });

  it("stays bounded under a stream of distinct query strings, and lets expired pages go", async () => {
    const time = clock();
    const cache = new SingleFlightCache<string>({ ...options, ttlMs: 1_000, maxEntries: 500, now: time.now });
    for (let i = 0; i < 2_000; i++) await cache.get(`/jobs?q=${i}`, async () => String(i));
    expect(cache.size).toBe(500);
    time.advance(1_000);
    await cache.get("/jobs", async () => "board");
    expect(cache.size).toBe(1);
  });
});

describe("SingleFlightCache.invalidate", () => {
  it("drops the matching entries at once and keeps the others", async () => {
    const cache = new SingleFlightCache<string>(options);
    await cache.get("job:a", async () => "a1");
    await cache.get("job:b", async () => "b1");
    cache.invalidate((key) => key === "job:a");
    expect(await cache.get("job:a", async () => "a2")).toBe("a2");
    expect(await cache.get("job:b", async () => "b2")).toBe("b1");
    cache.invalidate();
    expect(await cache.get("job:b", async () => "b3")).toBe("b3");
  });

  it("does not store a load that was under way when it was called, and the next caller loads afresh", async () => {
    const cache = new SingleFlightCache<string>(options);
    const stale = deferred<string>();
    const before = cache.get("job:a", () => stale.promise);
    cache.invalidate((key) => key === "job:a");
    const after = cache.get("job:a", async () => "fresh");
    stale.resolve("stale");
    expect(await before).toBe("stale");
    expect(await after).toBe("fresh");
    expect(await cache.get("job:a", async () => "not used")).toBe("fresh");
  });
});
