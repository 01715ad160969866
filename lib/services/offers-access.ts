import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { applications, offers } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canHandleOffers } from "@/lib/domain/offer-rules";
import { NotFoundError } from "./errors";
import { loadRequisitionAccess } from "./requisition-access";

/**
 * An application whose offers the actor may handle; not-found for everyone else, interviewers
 * scheduled on it included, so neither the offer nor its pay is revealed to them.
 */
export async function loadOfferApplication(db: Executor, actor: Actor, applicationId: string) {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(applicationId).success) throw new NotFoundError("That application");
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId)).limit(1);
  if (!row) throw new NotFoundError("That application");
  const access = await loadRequisitionAccess(db, actor, row.requisitionId);
  if (!canHandleOffers(actor, access)) throw new NotFoundError("That application");
  return { application: row, access };
}

/** One offer the actor may handle, with its application; not-found otherwise. */
export async function loadOffer(db: Executor, actor: Actor, offerId: string) {
  if (actor.kind === "anonymous" || !z.uuid().safeParse(offerId).success) throw new NotFoundError("That offer");
  const [offer] = await db.select().from(offers).where(eq(offers.id, offerId)).limit(1);
  if (!offer) throw new NotFoundError("That offer");
  try {
    return { offer, ...(await loadOfferApplication(db, actor, offer.applicationId)) };
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError("That offer");
    throw error;
  }
}
