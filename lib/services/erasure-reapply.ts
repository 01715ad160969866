import "server-only";
import { isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { candidates, erasureTombstones } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canManagePrivacy } from "@/lib/domain/privacy-permissions";
import { eraseCandidate, type ErasureCause } from "./candidate-erasure";
import { erasureEmailHash } from "./erasure-hash";
import { NotFoundError, ValidationError } from "./errors";

/** A tombstone as exported to a file kept outside the database's backups (no personal data in it). */
export const tombstoneRecordSchema = z.strictObject({
  candidateId: z.uuid(),
  emailHash: z.string().regex(/^[0-9a-f]{64}$/),
  cause: z.enum(["request", "retention"]),
  erasedAt: z.coerce.date(),
});
export type TombstoneRecord = z.infer<typeof tombstoneRecordSchema>;

export async function listTombstones(actor: Actor): Promise<TombstoneRecord[]> {
  if (!canManagePrivacy(actor)) throw new NotFoundError("That page");
  const rows = await getDb().select().from(erasureTombstones).orderBy(erasureTombstones.erasedAt);
  return rows.map((r) => ({ candidateId: r.candidateId, emailHash: r.emailHash, cause: r.cause, erasedAt: r.erasedAt }));
}

export interface ReapplyOutcome {
  tombstones: number;
  imported: number;
  erased: string[];
}

/**
 * After restoring a backup taken before some erasures, erases those people again: every candidate
 * not yet erased whose id is a tombstone's, or whose email hashes to a tombstone's hash and who
 * already existed when that erasure happened — someone who applied again afterwards, with fresh
 * consent, is a new candidate and is left alone. Tombstones written after the backup are lost with
 * the restore unless passed in from their export (npm run privacy:reapply-erasures -- --import file).
 */
export async function reapplyErasures(actor: Actor, options: { imported?: unknown[] } = {}): Promise<ReapplyOutcome> {
  if (!canManagePrivacy(actor)) throw new NotFoundError("That page");
  const parsed = z.array(tombstoneRecordSchema).safeParse(options.imported ?? []);
  if (!parsed.success) throw new ValidationError("The tombstone file is not a list of exported tombstones.");
  const db = getDb();
  const existing = await db.select().from(erasureTombstones);
  const known = new Set(existing.map((t) => `${t.candidateId}:${t.emailHash}`));
  const missing = parsed.data.filter((t) => !known.has(`${t.candidateId}:${t.emailHash}`));
  if (missing.length > 0) await db.insert(erasureTombstones).values(missing.map((t) => ({ ...t, actorUserId: null })));
  const tombstones = [...existing, ...missing];

  const byId = new Map<string, ErasureCause>(tombstones.map((t) => [t.candidateId, t.cause]));
  const byHash = new Map<string, { erasedAt: Date; cause: ErasureCause }>();
  for (const t of tombstones) {
    const current = byHash.get(t.emailHash);
    if (!current || current.erasedAt < t.erasedAt) byHash.set(t.emailHash, { erasedAt: t.erasedAt, cause: t.cause });
  }
  const living = await db.select({ id: candidates.id, email: candidates.email, createdAt: candidates.createdAt }).from(candidates).where(isNull(candidates.erasedAt));
  const erased: string[] = [];
  for (const candidate of living) {
    const hashMatch = byHash.get(erasureEmailHash(candidate.email));
    const cause = byId.get(candidate.id) ?? (hashMatch && candidate.createdAt <= hashMatch.erasedAt ? hashMatch.cause : undefined);
    if (!cause) continue;
    await eraseCandidate(actor, candidate.id, cause, { reapply: true });
    erased.push(candidate.id);
  }
  return { tombstones: tombstones.length, imported: missing.length, erased };
}
