import "server-only";
import { and, eq, type SQL, sql } from "drizzle-orm";
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

/**
 * The same roles as a column of the query that reads the requisition itself, so a page that loads
 * both makes one round trip, not two. The requisition is a parameter, not a reference to the outer
 * row, so the expression means the same in any query.
 */
export function teamRolesColumn(actor: Actor, requisitionId: string): SQL<RequisitionAccess["teamRoles"]> {
  if (actor.kind !== "user") return sql<RequisitionAccess["teamRoles"]>`'{}'::text[]`;
  return sql<RequisitionAccess["teamRoles"]>`array(select ${requisitionMembers.role}::text from ${requisitionMembers} where ${requisitionMembers.requisitionId} = ${requisitionId} and ${requisitionMembers.userId} = ${actor.id})`;
}
