import { describe, expect, it } from "vitest";
import { othersBusyShare, parseProcStat, sampleCpu } from "./cpu-pressure";

describe("parseProcStat", () => {
  it("counts idle and iowait as unused and everything else as busy, in seconds", () => {
    const text = "cpu  2000 100 500 7000 300 0 100 0 0 0\ncpu0 1000 50 250 3500 150 0 50 0 0 0\nintr 1 2 3\n";
    expect(parseProcStat(text)).toEqual({ busySeconds: 27, totalSeconds: 100 });
  });

  it("refuses text without the aggregate line", () => {
    expect(parseProcStat("cpu0 1 2 3 4 5 6 7 8\n")).toBeNull();
    expect(parseProcStat("cpu  1 2 three 4 5 6 7 8\n")).toBeNull();
  });
});

describe("othersBusyShare", () => {
  it("leaves this process's own CPU time out", () => {
    const before = { busySeconds: 100, totalSeconds: 1000, ownSeconds: 10 };
    // 20 s of wall time on 2 cores: 40 CPU seconds, 36 of them busy, 6 of those ours.
    const after = { busySeconds: 136, totalSeconds: 1040, ownSeconds: 16 };
    expect(othersBusyShare(before, after)).toBeCloseTo(0.75);
  });

  it("stays between 0 and 1 when the counters do not move or disagree", () => {
    const sample = { busySeconds: 5, totalSeconds: 10, ownSeconds: 1 };
    expect(othersBusyShare(sample, sample)).toBe(0);
    expect(othersBusyShare(sample, { busySeconds: 5, totalSeconds: 11, ownSeconds: 2 })).toBe(0);
  });
});

describe("sampleCpu", () => {
  it.runIf(process.platform === "linux")("reads this machine on Linux", () => {
    const sample = sampleCpu();
    expect(sample).not.toBeNull();
    expect(sample!.totalSeconds).toBeGreaterThan(sample!.busySeconds);
    expect(sample!.ownSeconds).toBeGreaterThan(0);
  });
});
