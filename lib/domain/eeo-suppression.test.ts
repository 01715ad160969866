import { describe, expect, it } from "vitest";
import { suppressQuestion, suppressStage, type ReportCell } from "./eeo-suppression";

const n = (value: number): ReportCell => ({ kind: "count", value });
const few: ReportCell = { kind: "fewer-than-5" };
const hid: ReportCell = { kind: "suppressed" };

/** What a reader who knows the total can compute for each hidden cell: [min, max]. */
function bounds(total: number, cells: ReportCell[]): [number, number][] {
  const shown = cells.reduce((sum, c) => (c.kind === "count" ? sum + c.value : sum), 0);
  const hiddenSum = total - shown;
  const ranges = cells.map((c) => (c.kind === "fewer-than-5" ? [0, 4] : c.kind === "suppressed" ? [5, Infinity] : [c.value, c.value]) as [number, number]);
  return cells.map((c, i) => {
    if (c.kind === "count") return [c.value, c.value];
    const othersMin = ranges.reduce((s, r, j) => (j !== i && cells[j]!.kind !== "count" ? s + r[0] : s), 0);
    const othersMax = ranges.reduce((s, r, j) => (j !== i && cells[j]!.kind !== "count" ? s + r[1] : s), 0);
    const [lo, hi] = ranges[i]!;
    return [Math.max(lo, hiddenSum - othersMax), Math.min(hi, hiddenSum - othersMin)];
  });
}

describe("suppressQuestion", () => {
  it.each([
    { counts: [10, 12, 7], expected: [n(10), n(12), n(7)] },
    // One small cell: the smallest shown cell is hidden with it, or 29 - 10 - 12 gives the 3 away.
    { counts: [10, 12, 7, 3], expected: [n(10), n(12), hid, few] },
    // Zeros are "fewer than 5" but reveal nobody: no complementary cell needed.
    { counts: [10, 12, 0, 0], expected: [n(10), n(12), few, few] },
    // Two small cells still need a cell of unknown size beside them (4 + 4 = 8 would pin both).
    { counts: [20, 4, 4], expected: [hid, few, few] },
    // Every cell small but not all at the maximum: the total leaves several possibilities.
    { counts: [3, 4, 1], expected: [few, few, few] },
  ])("$counts", ({ counts, expected }) => {
    expect(suppressQuestion(counts)).toEqual(expected);
  });

  it("gives up (null) when every cell is four: the total would pin each", () => {
    expect(suppressQuestion([4, 4, 4])).toBeNull();
  });

  it("never lets the total pin a small nonzero count", () => {
    const cases = [
      [10, 12, 7, 3],
      [20, 4, 4],
      [5, 1],
      [6, 6, 2, 0],
      [3, 4, 1],
      [50, 1, 1, 1, 1],
      [9, 9, 9, 2, 2],
    ];
    for (const counts of cases) {
      const cells = suppressQuestion(counts)!;
      const total = counts.reduce((a, b) => a + b, 0);
      bounds(total, cells).forEach(([lo, hi], i) => {
        const value = counts[i]!;
        if (value > 0 && value < 5) expect(hi - lo, `cell ${i} of ${counts.join(",")}`).toBeGreaterThan(0);
      });
    }
  });
});

describe("suppressStage", () => {
  it("hides a stage of fewer than five applications entirely", () => {
    expect(suppressStage(4, [[2, 2]])).toEqual({ total: few, questions: [[few, few]] });
  });

  it("hides the whole stage when one question cannot be protected", () => {
    expect(suppressStage(12, [[12, 0], [4, 4, 4]])).toEqual({ total: few, questions: [[few, few], [few, few, few]] });
  });

  it("shows the total and suppresses per question otherwise", () => {
    expect(suppressStage(15, [[15, 0], [10, 5]])).toEqual({ total: n(15), questions: [[n(15), few], [n(10), n(5)]] });
  });
});
