import { describe, expect, it } from "vitest";
import type { CpuSample } from "./cpu-pressure";
import { createYieldGate } from "./yield-when-busy";

/** Samples where other processes used `shares[i]` of the CPU in interval i (1 s on 2 cores each). */
function machine(shares: number[]) {
  let busy = 0;
  let total = 0;
  let i = -1;
  return (): CpuSample => {
    if (i >= 0) {
      total += 2;
      busy += 2 * (shares[i] ?? 0);
    }
    i += 1;
    return { busySeconds: busy, totalSeconds: total, ownSeconds: 0 };
  };
}

describe("createYieldGate", () => {
  const policy = { busyShare: 0.8, maxWaitMs: 30_000 };

  it("lets work run on a quiet machine and holds it back while others keep the CPUs busy", () => {
    let clock = 0;
    const gate = createYieldGate(policy, machine([0.1, 0.95, 0.9, 0.5]), () => clock);
    const decisions = [1, 2, 3, 4].map(() => {
      clock += 2_000;
      return gate();
    });
    expect(decisions).toEqual([true, false, false, true]);
  });

  it("never waits longer than maxWaitMs in a row, then starts counting again", () => {
    let clock = 0;
    const gate = createYieldGate(policy, machine(Array(40).fill(1)), () => clock);
    const ran: number[] = [];
    for (let tick = 1; tick <= 40; tick++) {
      clock = tick * 2_000;
      if (gate()) ran.push(clock);
    }
    // Busy from the first tick (at 2 s): held back until 32 s, then again until 62 s.
    expect(ran).toEqual([32_000, 62_000]);
  });

  it("never waits where the machine cannot be read", () => {
    const gate = createYieldGate(policy, () => null);
    expect([gate(), gate(), gate()]).toEqual([true, true, true]);
  });
});
