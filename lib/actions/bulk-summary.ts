import type { BulkOutcome } from "@/lib/services/bulk-actions";
import type { ActionResult } from "./action-result";

/** "Moved 3 of 4." and, when some failed, why (each reason once): one line for the board's notice. */
export function bulkSummary(outcomes: BulkOutcome[], verb: string): ActionResult<BulkOutcome[]> {
  const failed = outcomes.filter((o) => !o.ok);
  const done = outcomes.length - failed.length;
  const message = `${verb} ${done} of ${outcomes.length}.`;
  if (failed.length === 0) return { ok: true, data: outcomes, message };
  const reasons = [...new Set(failed.map((o) => (o.ok ? "" : o.error)))].join(" ");
  return { ok: false, error: `${message} ${reasons}`, fieldErrors: {} };
}
