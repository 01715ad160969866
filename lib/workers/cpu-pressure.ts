import { readFileSync } from "node:fs";

/**
 * How busy the machine's CPUs are with work other than this process: the web server and the
 * database during a burst of applications. Background jobs (resume text, email delivery) use it to
 * step aside while requests need every core; `nice` alone cannot do that, because the database work
 * a job causes runs in a PostgreSQL backend at normal priority.
 */

export interface CpuSample {
  /** CPU seconds, all cores together, since boot. */
  busySeconds: number;
  totalSeconds: number;
  /** This process's own CPU seconds (user and system). */
  ownSeconds: number;
}

// /proc/stat counts in USER_HZ, which Linux fixes at 100 for this file on every architecture.
const USER_HZ = 100;

/**
 * The aggregate "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal (guest
 * time is already inside user and nice). Idle and iowait are the time nobody used.
 */
export function parseProcStat(text: string): { busySeconds: number; totalSeconds: number } | null {
  const line = text.split("\n").find((l) => l.startsWith("cpu "));
  const fields = line?.trim().split(/\s+/).slice(1, 9).map(Number);
  if (!fields || fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
  const total = fields.reduce((sum, n) => sum + n, 0);
  const idle = fields[3]! + fields[4]!;
  return { busySeconds: (total - idle) / USER_HZ, totalSeconds: total / USER_HZ };
}

/** The share of all CPU time between two samples that other processes used, 0–1. */
export function othersBusyShare(before: CpuSample, after: CpuSample): number {
  const total = after.totalSeconds - before.totalSeconds;
  if (total <= 0) return 0;
  const others = after.busySeconds - before.busySeconds - (after.ownSeconds - before.ownSeconds);
  return Math.min(1, Math.max(0, others / total));
}

/** A sample of this machine now, or null where /proc/stat does not exist (not Linux). */
export function sampleCpu(): CpuSample | null {
  let text: string;
  try {
    text = readFileSync("/proc/stat", "utf8");
  } catch {
    return null;
  }
  const machine = parseProcStat(text);
  if (!machine) return null;
  const own = process.cpuUsage();
  return { ...machine, ownSeconds: (own.user + own.system) / 1e6 };
}
