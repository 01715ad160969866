import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { requisitionMembers } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import type { RequisitionAccess } from "@/lib/domain/permissions";

/** The actor's team roles on one requisition, the input to every permission check about it. */
export async function loadRequisitionAccess(db: Executor, actor: Actor, requisitionId: string): Promise<RequisitionAccess> {
  if (actor.kind !== "user") return { teamRoles: [] };
  const rows = await db
    .select({ role: requisitionMembers.role })
    .from(requisitionMembers)
    .where(and(eq(requisitionMembers.requisitionId, requisitionId), eq(requisitionMembers.userId, actor.id)));
  return { teamRoles: rows.map((row) => row.role) };
}
