import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { applications, candidates, noteMentions, notes, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { visibleRequisitionIds } from "./application-profile";
import { writeAudit } from "./audit";
import { NotFoundError } from "./errors";

const INBOX_LIMIT = 50;
const SNIPPET_LENGTH = 140;

export interface InboxMention {
  noteId: string;
  applicationId: string;
  candidateName: string;
  authorName: string;
  snippet: string;
  at: Date;
}

function snippetOf(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1)}…` : flat;
}

/**
 * The actor's unread mentions, newest first. Access is checked again when reading: someone taken off
 * a hiring team after being mentioned no longer sees the note (nor the candidate's name).
 */
export async function listInbox(actor: Actor): Promise<InboxMention[]> {
  if (actor.kind !== "user") return [];
  const db = getDb();
  const rows = await db
    .select({
      noteId: notes.id,
      applicationId: applications.id,
      requisitionId: applications.requisitionId,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      authorName: users.name,
      body: notes.body,
      at: notes.createdAt,
    })
    .from(noteMentions)
    .innerJoin(notes, eq(notes.id, noteMentions.noteId))
    .innerJoin(users, eq(users.id, notes.authorUserId))
    .innerJoin(applications, eq(applications.id, notes.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(noteMentions.userId, actor.id), isNull(noteMentions.readAt)))
    .orderBy(desc(notes.createdAt))
    .limit(INBOX_LIMIT);
  const visible = await visibleRequisitionIds(db, actor, rows.map((r) => r.requisitionId));
  return rows
    .filter((r) => visible.has(r.requisitionId))
    .map((r) => ({
      noteId: r.noteId,
      applicationId: r.applicationId,
      candidateName: `${r.firstName} ${r.lastName}`,
      authorName: r.authorName,
      snippet: snippetOf(r.body),
      at: r.at,
    }));
}

/** Marks one of the actor's own mentions read; anyone else's, or an unknown note, is not found. */
export async function markMentionRead(actor: Actor, noteId: string, now = new Date()): Promise<void> {
  if (actor.kind !== "user" || !z.uuid().safeParse(noteId).success) throw new NotFoundError("That mention");
  await getDb().transaction(async (tx) => {
    const updated = await tx
      .update(noteMentions)
      .set({ readAt: now })
      .where(and(eq(noteMentions.noteId, noteId), eq(noteMentions.userId, actor.id)))
      .returning({ noteId: noteMentions.noteId });
    if (updated.length === 0) throw new NotFoundError("That mention");
    await writeAudit(tx, actor, { action: "mention.read", targetType: "note", targetId: noteId });
  });
}
