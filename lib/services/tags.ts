import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { applications, applicationTags } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { loadVisibleApplication, visibleRequisitionIds } from "./application-profile";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";
import { publishChange } from "./live-events";

const TAG_PATTERN = /^[a-z0-9 -]{1,40}$/;
const MAX_TAGS_PER_CALL = 20;
const MAX_APPLICATIONS_PER_CALL = 500;

/** Trimmed, lower-cased, inner whitespace collapsed; null when it is not a valid tag (1–40 of a–z, 0–9, space, hyphen). */
export function normalizeTag(raw: string): string | null {
  const tag = raw.trim().toLowerCase().replace(/\s+/g, " ");
  return TAG_PATTERN.test(tag) ? tag : null;
}

function normalizeAll(raw: readonly string[]): string[] {
  const invalid = raw.filter((t) => normalizeTag(t) === null);
  if (invalid.length > 0 || raw.length === 0) {
    const message = raw.length === 0 ? "Enter a tag." : "Tags are 1–40 characters: letters a–z, digits, spaces and hyphens.";
    throw new ValidationError(message, { tag: [message] });
  }
  if (raw.length > MAX_TAGS_PER_CALL) throw new ValidationError(`Add at most ${MAX_TAGS_PER_CALL} tags at once.`, { tag: [`Add at most ${MAX_TAGS_PER_CALL} tags at once.`] });
  return [...new Set(raw.map((t) => normalizeTag(t) ?? ""))];
}

/**
 * Adds tags to each application (bulk tagging from the board calls this too). Every application is
 * authorized first; one the actor may not see makes the whole call not-found and changes nothing.
 */
export async function addTags(actor: Actor, applicationIds: string[], tags: string[]): Promise<{ added: number }> {
  const ids = [...new Set(applicationIds)];
  if (ids.length > MAX_APPLICATIONS_PER_CALL) throw new ValidationError(`Tag at most ${MAX_APPLICATIONS_PER_CALL} applications at once.`);
  const normalized = normalizeAll(tags);
  if (ids.length === 0) return { added: 0 };
  if (actor.kind === "anonymous" || !ids.every((id) => z.uuid().safeParse(id).success)) throw new NotFoundError("That application");
  const db = getDb();
  const rows = await db
    .select({ id: applications.id, requisitionId: applications.requisitionId })
    .from(applications)
    .where(inArray(applications.id, ids));
  const visible = await visibleRequisitionIds(db, actor, rows.map((r) => r.requisitionId));
  if (rows.length !== ids.length || !rows.every((r) => visible.has(r.requisitionId))) throw new NotFoundError("That application");
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(applicationTags)
      .values(rows.flatMap((row) => normalized.map((tag) => ({ applicationId: row.id, tag }))))
      .onConflictDoNothing()
      .returning({ applicationId: applicationTags.applicationId });
    for (const row of rows) {
      await writeAudit(tx, actor, { action: "application.tag", targetType: "application", targetId: row.id, details: { tags: normalized } });
      await publishChange(tx, { kind: "application.updated", requisitionId: row.requisitionId, applicationId: row.id });
    }
    return { added: inserted.length };
  });
}

export async function removeTag(actor: Actor, applicationId: string, tag: string): Promise<{ removed: boolean }> {
  const normalized = normalizeTag(tag);
  const db = getDb();
  const { row } = await loadVisibleApplication(db, actor, applicationId);
  if (!normalized) return { removed: false };
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(applicationTags)
      .where(and(eq(applicationTags.applicationId, row.id), eq(applicationTags.tag, normalized)))
      .returning({ tag: applicationTags.tag });
    if (deleted.length > 0) {
      await writeAudit(tx, actor, { action: "application.untag", targetType: "application", targetId: row.id, details: { tag: normalized } });
      await publishChange(tx, { kind: "application.updated", requisitionId: row.requisitionId, applicationId: row.id });
    }
    return { removed: deleted.length > 0 };
  });
}
