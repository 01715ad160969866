import "server-only";
import { and, eq, inArray, isNull, notInArray } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { noteMentions, notes, requisitionMembers, users } from "@/db/schema";
import type { Actor, UserActor } from "@/lib/domain/actor";
import { parseMentions } from "@/lib/domain/mentions";
import { canViewApplications } from "@/lib/domain/permissions";
import { loadVisibleApplication } from "./application-profile";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { publishChange } from "./live-events";

/** A note can be corrected for a short while; after that it is part of the record and stays as written. */
export const NOTE_EDIT_WINDOW_MS = 15 * 60 * 1000;
export const NOTE_MAX_LENGTH = 5000;

const bodySchema = z.string().trim().min(1, "Write something first.").max(NOTE_MAX_LENGTH, `Use at most ${NOTE_MAX_LENGTH} characters.`);
export const addNoteSchema = z.strictObject({ applicationId: z.uuid(), body: bodySchema });
export const editNoteSchema = z.strictObject({ noteId: z.uuid(), body: bodySchema });

export function isNoteEditable(note: { authorUserId: string; createdAt: Date }, actor: Actor, now: Date): boolean {
  return actor.kind === "user" && actor.id === note.authorUserId && now.getTime() - note.createdAt.getTime() < NOTE_EDIT_WINDOW_MS;
}

export interface NoteSaved {
  noteId: string;
  /** Teammates who will find the note in their inbox. */
  mentioned: string[];
  /** Teammates named who cannot see this application: nothing was recorded for them. */
  notRecorded: string[];
  /** What followed an @ but matched no active teammate. */
  unresolved: string[];
}

/** Active users, each with whether they may see applications of this requisition. */
async function mentionDirectory(db: Executor, requisitionId: string) {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, teamRole: requisitionMembers.role })
    .from(users)
    .leftJoin(requisitionMembers, and(eq(requisitionMembers.userId, users.id), eq(requisitionMembers.requisitionId, requisitionId)))
    .where(eq(users.active, true));
  const byId = new Map<string, { actor: UserActor; teamRoles: NonNullable<(typeof rows)[number]["teamRole"]>[] }>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { actor: { kind: "user", id: row.id, role: row.role, name: row.name, email: row.email }, teamRoles: [] };
    if (row.teamRole) entry.teamRoles.push(row.teamRole);
    byId.set(row.id, entry);
  }
  return [...byId.values()].map(({ actor, teamRoles }) => ({ id: actor.id, name: actor.name, email: actor.email, canSee: canViewApplications(actor, { teamRoles }) }));
}

async function recordMentions(tx: Executor, actor: UserActor, requisitionId: string, noteId: string, body: string) {
  const directory = await mentionDirectory(tx, requisitionId);
  const parsed = parseMentions(body, directory);
  const named = parsed.userIds.flatMap((id) => directory.filter((u) => u.id === id && u.id !== actor.id));
  const recorded = named.filter((u) => u.canSee);
  if (recorded.length > 0) {
    await tx.insert(noteMentions).values(recorded.map((u) => ({ noteId, userId: u.id }))).onConflictDoNothing();
  }
  return { recorded, notRecorded: named.filter((u) => !u.canSee), unresolved: parsed.unresolved };
}

export async function addNote(actor: Actor, input: z.input<typeof addNoteSchema>, now = new Date()): Promise<NoteSaved> {
  const parsed = addNoteSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The note could not be saved.", z.flattenError(parsed.error).fieldErrors);
  const db = getDb();
  const { row } = await loadVisibleApplication(db, actor, parsed.data.applicationId);
  if (actor.kind !== "user") throw new NotFoundError("That application");
  return db.transaction(async (tx) => {
    const [note] = await tx
      .insert(notes)
      .values({ applicationId: row.id, authorUserId: actor.id, body: parsed.data.body, createdAt: now, updatedAt: now })
      .returning({ id: notes.id });
    if (!note) throw new Error("The note insert returned no row.");
    const mentions = await recordMentions(tx, actor, row.requisitionId, note.id, parsed.data.body);
    await writeAudit(tx, actor, {
      action: "note.add",
      targetType: "application",
      targetId: row.id,
      details: { noteId: note.id, mentioned: mentions.recorded.map((u) => u.id), notRecorded: mentions.notRecorded.map((u) => u.id) },
    });
    await publishChange(tx, { kind: "note.added", requisitionId: row.requisitionId, applicationId: row.id });
    return { noteId: note.id, mentioned: mentions.recorded.map((u) => u.name), notRecorded: mentions.notRecorded.map((u) => u.name), unresolved: mentions.unresolved };
  });
}

/**
 * Rewrites a note, by its author, within the edit window. Mentions follow the new text: new ones are
 * recorded, unread ones no longer in the text are withdrawn; read ones stay (that person has seen it).
 */
export async function editNote(actor: Actor, input: z.input<typeof editNoteSchema>, now = new Date()): Promise<NoteSaved> {
  const parsed = editNoteSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The note could not be saved.", z.flattenError(parsed.error).fieldErrors);
  const db = getDb();
  const [existing] = await db.select({ applicationId: notes.applicationId }).from(notes).where(eq(notes.id, parsed.data.noteId)).limit(1);
  if (!existing) throw new NotFoundError("That note");
  const { row } = await loadVisibleApplication(db, actor, existing.applicationId);
  if (actor.kind !== "user") throw new NotFoundError("That note");
  return db.transaction(async (tx) => {
    const [note] = await tx.select().from(notes).where(eq(notes.id, parsed.data.noteId)).for("update");
    if (!note) throw new NotFoundError("That note");
    if (note.authorUserId !== actor.id) throw new ConflictError("Only the author of a note can edit it.");
    if (!isNoteEditable(note, actor, now)) throw new ConflictError("Notes can be edited for 15 minutes after they are written; this one is now final.");
    await tx.update(notes).set({ body: parsed.data.body, updatedAt: now }).where(eq(notes.id, note.id));
    const mentions = await recordMentions(tx, actor, row.requisitionId, note.id, parsed.data.body);
    const keep = mentions.recorded.map((u) => u.id);
    await tx
      .delete(noteMentions)
      .where(and(eq(noteMentions.noteId, note.id), isNull(noteMentions.readAt), ...(keep.length > 0 ? [notInArray(noteMentions.userId, keep)] : [])));
    await writeAudit(tx, actor, { action: "note.edit", targetType: "application", targetId: row.id, details: { noteId: note.id, mentioned: keep } });
    await publishChange(tx, { kind: "application.updated", requisitionId: row.requisitionId, applicationId: row.id });
    return { noteId: note.id, mentioned: mentions.recorded.map((u) => u.name), notRecorded: mentions.notRecorded.map((u) => u.name), unresolved: mentions.unresolved };
  });
}

/** The users mentioned in the given notes, for showing "mentioned: …" under each note. */
export async function mentionedNames(db: Executor, noteIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (noteIds.length === 0) return result;
  const rows = await db
    .select({ noteId: noteMentions.noteId, name: users.name })
    .from(noteMentions)
    .innerJoin(users, eq(users.id, noteMentions.userId))
    .where(inArray(noteMentions.noteId, [...noteIds]));
  for (const row of rows) result.set(row.noteId, [...(result.get(row.noteId) ?? []), row.name]);
  return result;
}
