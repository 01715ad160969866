import "server-only";
import { runRetentionIfDue } from "@/lib/services/retention";

const CHECK_EVERY_MS = 60 * 60 * 1000;
let nextCheckAt = 0;

/**
 * The retention job runs daily (lib/services/retention.ts decides across instances); this process
 * asks at most once an hour, so the two-second loop costs nothing the rest of the time.
 */
export async function applyRetentionPolicy(now = new Date()): Promise<void> {
  if (now.getTime() < nextCheckAt) return;
  nextCheckAt = now.getTime() + CHECK_EVERY_MS;
  await runRetentionIfDue(now);
}
