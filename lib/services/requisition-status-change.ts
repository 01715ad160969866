import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { requisitionStatusEvents, requisitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { checkStatusChange } from "@/lib/domain/requisition-lifecycle";
import type { CloseReason, RequisitionStatus } from "@/lib/domain/requisition-types";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";

/**
 * The one way a requisition's status changes, inside the caller's transaction: lock the row, apply
 * the lifecycle rule, then write the status, its event and the audit row. Callers authorize first
 * (a person closing it by hand, or an accepted offer filling the last seat).
 */
export async function changeStatusInTransaction(
  tx: Executor,
  actor: Actor,
  change: { requisitionId: string; to: RequisitionStatus; closeReason: CloseReason | null; auditDetails?: Record<string, unknown> },
  now: Date,
) {
  const { requisitionId, to, closeReason } = change;
  const [locked] = await tx.select().from(requisitions).where(eq(requisitions.id, requisitionId)).for("update");
  if (!locked) throw new NotFoundError("That requisition");
  const check = checkStatusChange(locked.status, to, closeReason);
  if (!check.ok) throw new ValidationError(check.error, { to: [check.error] });
  await tx
    .update(requisitions)
    .set({
      status: to,
      closeReason: to === "closed" ? closeReason : null,
      publishedAt: to === "open" ? (locked.publishedAt ?? now) : locked.publishedAt,
      updatedAt: now,
    })
    .where(eq(requisitions.id, requisitionId));
  await tx.insert(requisitionStatusEvents).values({
    requisitionId,
    fromStatus: locked.status,
    toStatus: to,
    closeReason: to === "closed" ? closeReason : null,
    actorUserId: actor.kind === "user" ? actor.id : null,
    createdAt: now,
  });
  await writeAudit(tx, actor, { action: `requisition.${to}`, targetType: "requisition", targetId: requisitionId, details: { from: locked.status, closeReason, ...change.auditDetails } });
  return { id: locked.id, slug: locked.slug, status: to };
}
