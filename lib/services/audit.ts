import "server-only";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { currentRequestMetadata } from "./request-metadata";

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Ids, counts and choices only: never a candidate's name, address or free text. */
  details?: Record<string, unknown>;
}

/**
 * Call inside the transaction that makes the change, so the record and the change stand or fall
 * together; reads of sensitive data (a resume, an export) call it right after the read. The request
 * id and client address come from the current request, and stay null for scripts and jobs.
 */
export async function writeAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(await auditRow(actor, entry));
}

/** The row writeAudit inserts, for a caller that sends it with other writes (lib/services/one-statement.ts). */
export async function auditRow(actor: Actor, entry: AuditEntry): Promise<typeof auditLog.$inferInsert> {
  const { requestId, ipAddress } = await currentRequestMetadata();
  return {
    actorUserId: actor.kind === "user" ? actor.id : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    requestId,
    ipAddress,
    details: { actorKind: actor.kind, ...(actor.kind === "system" ? { purpose: actor.purpose } : {}), ...entry.details },
  };
}
