/**
 * Small-group suppression for the self-identification report (docs/privacy.md). Groups are disjoint
 * (applications by their current stage), and each stage's total is known to staff from the board,
 * so the rule must hold even when the reader subtracts the shown cells from the total.
 *
 * 1. A stage with fewer than five applications shows nothing but "Fewer than 5".
 * 2. Any answer counted fewer than five times (zero included) shows "Fewer than 5".
 * 3. When the hidden cells of a question add up to more than zero and all of them are under five,
 *    the smallest shown cell is hidden too ("Suppressed"): the hidden amount then always includes a
 *    cell of unknown size, so the total minus the shown cells never yields a small group's count.
 * 4. When every answer of a question is under five and they add up to the largest value they could
 *    (every cell exactly four), no complementary cell exists: the whole stage is suppressed.
 */
export const SUPPRESSION_THRESHOLD = 5;

export type ReportCell = { kind: "count"; value: number } | { kind: "fewer-than-5" } | { kind: "suppressed" };

export interface SuppressedQuestion {
  cells: ReportCell[];
}

export interface SuppressedStage {
  total: ReportCell;
  questions: ReportCell[][];
}

/** Applies rules 2 and 3 to one question's counts; null when rule 4 hides the whole stage. */
export function suppressQuestion(counts: readonly number[]): ReportCell[] | null {
  const primary = counts.map((n) => n < SUPPRESSION_THRESHOLD);
  const cells: ReportCell[] = counts.map((value, i) => (primary[i] ? { kind: "fewer-than-5" } : { kind: "count", value }));
  const hiddenSum = counts.reduce((sum, n, i) => (primary[i] ? sum + n : sum), 0);
  if (hiddenSum === 0) return cells;
  const shown = counts.map((value, index) => ({ value, index })).filter(({ index }) => !primary[index]);
  if (shown.length === 0) {
    const allAtMaximum = counts.every((n) => n === SUPPRESSION_THRESHOLD - 1);
    return allAtMaximum ? null : cells;
  }
  const smallest = shown.reduce((a, b) => (b.value < a.value ? b : a));
  cells[smallest.index] = { kind: "suppressed" };
  return cells;
}

/** One stage: its total and every question's counts (in the same order as asked). */
export function suppressStage(total: number, questionCounts: readonly (readonly number[])[]): SuppressedStage {
  const hideAll = (): SuppressedStage => ({
    total: { kind: "fewer-than-5" },
    questions: questionCounts.map((counts) => counts.map(() => ({ kind: "fewer-than-5" }) as const)),
  });
  if (total < SUPPRESSION_THRESHOLD) return hideAll();
  const questions: ReportCell[][] = [];
  for (const counts of questionCounts) {
    const cells = suppressQuestion(counts);
    if (!cells) return hideAll();
    questions.push(cells);
  }
  return { total: { kind: "count", value: total }, questions };
}
