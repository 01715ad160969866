import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";

/** The PostgreSQL channel every app instance LISTENs on for changes to show live. */
export const LIVE_CHANNEL = "shortlist_changes";

export type LiveChangeKind = "application.moved" | "application.created" | "application.updated" | "note.added" | "scorecard.submitted";

export interface LiveChange {
  kind: LiveChangeKind;
  requisitionId: string;
  applicationId?: string;
}

/**
 * Announces a change to every instance (and so every open board and profile). Call it inside the
 * transaction that makes the change: PostgreSQL delivers the notification only on commit, so a
 * rolled-back change is never announced. The payload carries ids only, never candidate data:
 * listeners re-read what they may see through the services.
 */
export async function publishChange(tx: Executor, change: LiveChange): Promise<void> {
  await tx.execute(sql`select ${changeNotification(change)}`);
}

/** The expression publishChange selects, for a caller that sends it with other writes (lib/services/one-statement.ts). */
export function changeNotification(change: LiveChange): SQL {
  return sql`pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(change)})`;
}
