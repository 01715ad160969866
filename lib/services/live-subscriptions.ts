import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { applications } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canViewApplication, canViewApplications } from "@/lib/domain/permissions";
import { isScheduledOnApplication } from "./interviews-access";
import type { LiveFilter } from "@/lib/live/live-hub";
import { NotFoundError } from "./errors";
import { loadRequisitionAccess } from "./requisition-access";

export const liveSubscriptionSchema = z.strictObject({
  requisitionId: z.uuid().optional(),
  applicationId: z.uuid().optional(),
});

/**
 * Decides what a live stream may carry before it opens: the changes of one requisition whose
 * applications the actor may see, or of one application they may see. Anything else is not-found,
 * as the pages would answer. The stream carries ids only, so this check and the page's own
 * re-read are the two gates candidate data passes.
 */
export async function authorizeLiveSubscription(actor: Actor, input: z.input<typeof liveSubscriptionSchema>): Promise<LiveFilter> {
  const parsed = liveSubscriptionSchema.safeParse(input);
  if (actor.kind !== "user" || !parsed.success) throw new NotFoundError();
  const { requisitionId, applicationId } = parsed.data;
  const db = getDb();
  let target = requisitionId;
  if (applicationId) {
    const [row] = await db.select({ requisitionId: applications.requisitionId }).from(applications).where(eq(applications.id, applicationId)).limit(1);
    if (!row || (requisitionId && row.requisitionId !== requisitionId)) throw new NotFoundError();
    target = row.requisitionId;
  }
  if (!target) throw new NotFoundError();
  const access = await loadRequisitionAccess(db, actor, target);
  // An interviewer may follow the one application they are scheduled on, never the whole board.
  const scheduled = applicationId !== undefined && !canViewApplications(actor, access) && (await isScheduledOnApplication(db, actor, applicationId));
  if (!canViewApplication(actor, access, scheduled) || (!applicationId && !canViewApplications(actor, access))) throw new NotFoundError();
  return applicationId ? { requisitionId: target, applicationId } : { requisitionId: target };
}
