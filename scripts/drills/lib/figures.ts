/** Latency figures and the PASS/FAIL verdict every drill ends with. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function latencySummary(values: readonly number[]): string {
  if (values.length === 0) return "no requests";
  return `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, p99 ${percentile(values, 99).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (n=${values.length})`;
}

export class Verdict {
  private readonly failures: string[] = [];

  constructor(private readonly drill: string) {}

  /** Records a check: printed as ok/FAIL with its detail. */
  check(ok: boolean, what: string): void {
    console.log(`  ${ok ? "ok  " : "FAIL"} ${what}`);
    if (!ok) this.failures.push(what);
  }

  /**
   * Prints PASS or FAIL and exits with 0 or 1. Called after cleanup: exiting explicitly keeps the
   * embedded cluster's exit hook from turning a failure into exit code 0.
   */
  finish(): never {
    if (this.failures.length === 0) {
      console.log(`PASS drill:${this.drill}`);
      process.exit(0);
    }
    console.log(`FAIL drill:${this.drill} (${this.failures.length} check${this.failures.length === 1 ? "" : "s"} failed)`);
    process.exit(1);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
