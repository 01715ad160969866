import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * Triggers keep every application's search document current (db/migrations/0007). A transaction
 * that writes several of the tables a document is built from (the apply transaction: the
 * application, its answers, its evidence) would rebuild it once per table; instead it defers the
 * triggers for itself only and rebuilds each document once, before committing. The setting is
 * transaction-local: it cannot leak to the pooled connection's next user.
 */
export async function deferSearchDocuments(tx: Executor): Promise<void> {
  await tx.execute(sql`select set_config('shortlist.defer_search_documents', 'on', true)`);
}

/** Rebuilds one application's search document; call after the deferred writes, in the same transaction. */
export async function refreshSearchDocument(tx: Executor, applicationId: string): Promise<void> {
  await tx.execute(sql`select refresh_application_search_documents(array[${applicationId}]::uuid[])`);
}
