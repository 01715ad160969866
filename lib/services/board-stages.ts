import "server-only";
import { cache } from "react";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { stages } from "@/db/schema";

/**
 * A requisition's current stages in order, read once per request (React cache): the board's
 * columns and the needs-attention list (whose "never answered" means still in the first stage)
 * both need them. Not a service of its own: it checks nobody's access, so only services that
 * have checked it call it.
 */
export const readBoardStages = cache(async (requisitionId: string) =>
  getDb()
    .select({ id: stages.id, name: stages.name, kind: stages.kind, targetDays: stages.targetDays })
    .from(stages)
    .where(and(eq(stages.requisitionId, requisitionId), isNull(stages.archivedAt)))
    .orderBy(asc(stages.position)),
);
