import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * Triggers keep two kinds of rows derived from an application's history current: its search
 * document (db/migrations/0007) and its stage stays for the reports (0010). A transaction that
 * writes several of the tables they are built from (the apply transaction: the application, its
 * first stage event, its answers and evidence) would rebuild them once per table; instead it
 * defers the triggers for itself only and rebuilds each once, before committing (0012). The
 * settings are transaction-local: they cannot leak to the pooled connection's next user.
 */
export async function deferDerivedRows(tx: Executor): Promise<void> {
  await tx.execute(sql`select set_config('shortlist.defer_search_documents', 'on', true), set_config('shortlist.defer_stage_stays', 'on', true)`);
}

/** Rebuilds one application's derived rows; call after the deferred writes, in the same transaction. */
export async function refreshDerivedRows(tx: Executor, applicationId: string): Promise<void> {
  await tx.execute(
    sql`select refresh_application_search_documents(array[${applicationId}]::uuid[]), refresh_application_stage_stays(array[${applicationId}]::uuid[])`,
  );
}
