import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { candidates } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canManagePrivacy } from "@/lib/domain/privacy-permissions";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";

export const setLegalHoldSchema = z.strictObject({ candidateId: z.uuid(), legalHold: z.boolean() });

/** Puts a candidate under legal hold (the retention job and erasure requests leave them alone) or lifts it. Admins only. */
export async function setLegalHold(actor: Actor, input: z.input<typeof setLegalHoldSchema>): Promise<{ legalHold: boolean }> {
  if (!canManagePrivacy(actor)) throw new NotFoundError("That candidate");
  const parsed = setLegalHoldSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The legal hold could not be changed.", z.flattenError(parsed.error).fieldErrors);
  const { candidateId, legalHold } = parsed.data;
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select({ legalHold: candidates.legalHold, erasedAt: candidates.erasedAt }).from(candidates).where(eq(candidates.id, candidateId)).for("update");
    if (!row) throw new NotFoundError("That candidate");
    if (row.erasedAt) throw new ConflictError("This candidate's data was erased; there is nothing left to hold.");
    if (row.legalHold === legalHold) return { legalHold };
    // updatedAt stays: a hold is not activity on the applications, so it does not restart retention.
    await tx.update(candidates).set({ legalHold }).where(eq(candidates.id, candidateId));
    await writeAudit(tx, actor, { action: legalHold ? "candidate.legal_hold.set" : "candidate.legal_hold.lift", targetType: "candidate", targetId: candidateId });
    return { legalHold };
  });
}
