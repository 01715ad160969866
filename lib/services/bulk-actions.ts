import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { loadMovableApplication, moveInTransaction } from "./pipeline";
import { rejectApplication } from "./rejections";
import { addTags } from "./tags";

const itemsSchema = z
  .array(z.strictObject({ applicationId: z.uuid(), expectedVersion: z.coerce.number().int().positive() }))
  .min(1, "Select at least one candidate.")
  .max(200, "Select at most 200 candidates at a time.");
export type BulkItem = z.input<typeof itemsSchema>[number];

export type BulkOutcome = { applicationId: string; ok: true } | { applicationId: string; ok: false; error: string };

function parseItems(items: unknown): z.output<typeof itemsSchema> {
  const parsed = itemsSchema.safeParse(items);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Select candidates.");
  return parsed.data;
}

/**
 * Runs the same change for each selected card, each in its own transaction with its own version
 * check, so one stale or forbidden card is reported without undoing the others. Unexpected
 * errors still propagate.
 */
async function forEachCard(items: z.output<typeof itemsSchema>, run: (item: z.output<typeof itemsSchema>[number]) => Promise<unknown>): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const item of items) {
    try {
      await run(item);
      outcomes.push({ applicationId: item.applicationId, ok: true });
    } catch (error) {
      if (!(error instanceof ConflictError || error instanceof ValidationError || error instanceof NotFoundError)) throw error;
      outcomes.push({ applicationId: item.applicationId, ok: false, error: error.message });
    }
  }
  return outcomes;
}

export async function bulkMoveApplications(actor: Actor, input: { items: BulkItem[]; toStageId: string }, now = new Date()) {
  const items = parseItems(input.items);
  if (!z.uuid().safeParse(input.toStageId).success) throw new ValidationError("Choose a stage.");
  return forEachCard(items, async ({ applicationId, expectedVersion }) => {
    const { row, access } = await loadMovableApplication(actor, applicationId);
    await getDb().transaction((tx) =>
      moveInTransaction(tx, actor, { applicationId, requisitionId: row.requisitionId, access, to: input.toStageId, expectedVersion, reason: null }, now),
    );
  });
}

export async function bulkRejectApplications(actor: Actor, input: { items: BulkItem[]; reasonId: string; sendEmail: boolean; note?: string }, now = new Date()) {
  const items = parseItems(input.items);
  return forEachCard(items, ({ applicationId, expectedVersion }) =>
    rejectApplication(actor, { applicationId, expectedVersion, reasonId: input.reasonId, sendEmail: input.sendEmail, note: input.note }, now),
  );
}

/** Tagging is the profile's tag service; the board only passes the selection on. All or nothing. */
export async function bulkTagApplications(actor: Actor, input: { applicationIds: string[]; tag: string }) {
  return addTags(actor, input.applicationIds, [input.tag]);
}
