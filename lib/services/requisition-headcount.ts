import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requisitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canManageRequisitionSetup } from "@/lib/domain/permissions";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";

export const headcountSchema = z.coerce
  .number({ message: "Enter how many people to hire." })
  .int("Enter a whole number.")
  .min(1, "Hire at least one person.")
  .max(999, "Enter at most 999.");

async function loadManaged(actor: Actor, requisitionId: string) {
  if (!canManageRequisitionSetup(actor) || !z.uuid().safeParse(requisitionId).success) throw new NotFoundError("That requisition");
  const [row] = await getDb().select({ id: requisitions.id, headcount: requisitions.headcount }).from(requisitions).where(eq(requisitions.id, requisitionId)).limit(1);
  if (!row) throw new NotFoundError("That requisition");
  return row;
}

/** How many hires fill the requisition; the settings page shows and edits it. */
export async function getRequisitionHeadcount(actor: Actor, requisitionId: string): Promise<number> {
  return (await loadManaged(actor, requisitionId)).headcount;
}

/**
 * Sets the headcount (1–999). Lowering it below the hires already made does not close the
 * requisition by itself: closing stays a decision, or the next accepted offer's.
 */
export async function setRequisitionHeadcount(actor: Actor, requisitionId: string, headcount: unknown, now = new Date()): Promise<number> {
  const row = await loadManaged(actor, requisitionId);
  const parsed = headcountSchema.safeParse(typeof headcount === "string" && headcount.trim() === "" ? undefined : headcount);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Enter how many people to hire.";
    throw new ValidationError("The headcount could not be saved.", { headcount: [message] });
  }
  await getDb().transaction(async (tx) => {
    await tx.update(requisitions).set({ headcount: parsed.data, updatedAt: now }).where(eq(requisitions.id, row.id));
    await writeAudit(tx, actor, { action: "requisition.headcount", targetType: "requisition", targetId: row.id, details: { from: row.headcount, to: parsed.data } });
  });
  return parsed.data;
}
