import "server-only";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Call inside the transaction that makes the change, so the record and the change stand or fall together. */
export async function writeAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: actor.kind === "user" ? actor.id : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    details: { actorKind: actor.kind, ...(actor.kind === "system" ? { purpose: actor.purpose } : {}), ...entry.details },
  });
}
