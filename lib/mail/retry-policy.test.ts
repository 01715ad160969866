import { describe, expect, it } from "vitest";
import { afterFailedAttempt, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "./retry-policy";

const middle = () => 0.5;
const HOUR = 60 * 60_000;

describe("retryDelayMs", () => {
  it.each([
    { attempts: 1, delay: 30_000 },
    { attempts: 2, delay: 60_000 },
    { attempts: 3, delay: 120_000 },
    { attempts: 7, delay: 1_920_000 },
    { attempts: 8, delay: HOUR },
    { attempts: 11, delay: HOUR },
    { attempts: 1_000, delay: HOUR },
  ])("waits $delay ms after $attempts failed attempts (no jitter)", ({ attempts, delay }) => {
    expect(retryDelayMs(attempts, middle)).toBe(delay);
  });

  it("spreads retries by ±25 % but never beyond an hour", () => {
    expect(retryDelayMs(1, () => 0)).toBe(22_500);
    expect(retryDelayMs(1, () => 0.999_999)).toBe(37_500);
    expect(retryDelayMs(8, () => 0.999_999)).toBe(HOUR);
    expect(retryDelayMs(8, () => 0)).toBe(0.75 * HOUR);
  });
});

describe("afterFailedAttempt", () => {
  const now = new Date("2030-01-01T00:00:00Z");

  it("schedules the next attempt until the last one", () => {
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS - 1, now, middle)).toEqual({ status: "pending", nextAttemptAt: new Date(now.getTime() + HOUR) });
  });

  it("gives up after the last attempt", () => {
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS, now, middle)).toEqual({ status: "dead" });
  });
});
