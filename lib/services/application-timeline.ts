import "server-only";
import { and, desc, eq, gte, inArray, isNotNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { applications, auditLog, candidates, notes, outboxMessages, requisitions, stageEvents, stages, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { loadVisibleApplication } from "./application-profile";
import { NotFoundError } from "./errors";
import { isNoteEditable, mentionedNames, NOTE_EDIT_WINDOW_MS } from "./notes";
import { scorecardTimelineEntries, type ScorecardTimelineEntry } from "./scorecard-timeline";

export const TIMELINE_LIMIT = 200;

interface Base {
  id: string;
  at: Date;
}

export type TimelineEntry =
  | (Base & { kind: "applied"; stageName: string })
  | (Base & { kind: "moved"; actorName: string | null; from: string; to: string; reason: string | null })
  | (Base & { kind: "note"; authorName: string; body: string; edited: boolean; mentioned: string[]; editableUntil: Date | null })
  | (Base & { kind: "email"; subject: string })
  | ScorecardTimelineEntry;

/**
 * Everything that happened to one application, newest first, at most TIMELINE_LIMIT entries. Each
 * source is read newest-first with the same limit, so the merge never drops a newer entry for an older one.
 *
 * Emails: the outbox does not record which application a message was about, so this shows sent mail
 * to the candidate's address (and to addresses merged into it) that either a move of this application
 * queued or whose subject names this job. Bodies are never shown here, only subject and time.
 */
export async function getApplicationTimeline(actor: Actor, applicationId: string, now = new Date()): Promise<TimelineEntry[]> {
  const db = getDb();
  const { row, access } = await loadVisibleApplication(db, actor, applicationId);
  const fromStage = alias(stages, "from_stage");
  const [[context], mergedEmails] = await Promise.all([
    db
      .select({ email: candidates.email, title: requisitions.title })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(requisitions, eq(requisitions.id, applications.requisitionId))
      .where(eq(applications.id, row.id)),
    db
      .select({ email: sql<string | null>`${auditLog.details}->>'mergedEmail'` })
      .from(auditLog)
      .where(and(eq(auditLog.action, "candidate.merge"), eq(auditLog.targetId, row.candidateId))),
  ]);
  if (!context) throw new NotFoundError("That application");
  const addresses = [context.email, ...mergedEmails.flatMap((m) => (m.email ? [m.email] : []))];
  const titleInSubject = sql`strpos(${outboxMessages.subject}, ${context.title}) > 0`;
  const queuedByMove = inArray(
    outboxMessages.id,
    db.select({ id: stageEvents.outboxMessageId }).from(stageEvents).where(and(eq(stageEvents.applicationId, row.id), isNotNull(stageEvents.outboxMessageId))),
  );
  const eventsQuery = db
    .select({ id: stageEvents.id, at: stageEvents.createdAt, reason: stageEvents.reason, from: fromStage.name, to: stages.name, actorName: users.name })
    .from(stageEvents)
    .innerJoin(stages, eq(stages.id, stageEvents.toStageId))
    .leftJoin(fromStage, eq(fromStage.id, stageEvents.fromStageId))
    .leftJoin(users, eq(users.id, stageEvents.actorUserId))
    .where(eq(stageEvents.applicationId, row.id))
    .orderBy(desc(stageEvents.createdAt), desc(stageEvents.id))
    .limit(TIMELINE_LIMIT);
  const notesQuery = db
    .select({ id: notes.id, at: notes.createdAt, updatedAt: notes.updatedAt, body: notes.body, authorUserId: notes.authorUserId, authorName: users.name })
    .from(notes)
    .innerJoin(users, eq(users.id, notes.authorUserId))
    .where(eq(notes.applicationId, row.id))
    .orderBy(desc(notes.createdAt), desc(notes.id))
    .limit(TIMELINE_LIMIT);
  const emailsQuery = db
    .select({ id: outboxMessages.id, at: outboxMessages.sentAt, subject: outboxMessages.subject })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.status, "sent"),
        inArray(outboxMessages.toAddress, addresses),
        gte(outboxMessages.createdAt, sql`${row.createdAt.toISOString()}::timestamptz - interval '1 second'`),
        or(titleInSubject, queuedByMove),
      ),
    )
    .orderBy(desc(outboxMessages.sentAt))
    .limit(TIMELINE_LIMIT);
  const [events, noteRows, emails, scorecardEntries] = await Promise.all([eventsQuery, notesQuery, emailsQuery, scorecardTimelineEntries(db, actor, row.id, access, TIMELINE_LIMIT)]);
  const mentions = await mentionedNames(db, noteRows.map((n) => n.id));
  const entries: TimelineEntry[] = [
    ...events.map((e): TimelineEntry =>
      e.from === null
        ? { kind: "applied", id: e.id, at: e.at, stageName: e.to }
        : { kind: "moved", id: e.id, at: e.at, actorName: e.actorName, from: e.from, to: e.to, reason: e.reason },
    ),
    ...noteRows.map((n): TimelineEntry => ({
      kind: "note",
      id: n.id,
      at: n.at,
      authorName: n.authorName,
      body: n.body,
      edited: n.updatedAt.getTime() > n.at.getTime(),
      mentioned: mentions.get(n.id) ?? [],
      editableUntil: isNoteEditable({ authorUserId: n.authorUserId, createdAt: n.at }, actor, now) ? new Date(n.at.getTime() + NOTE_EDIT_WINDOW_MS) : null,
    })),
    ...emails.flatMap((m): TimelineEntry[] => (m.at ? [{ kind: "email", id: m.id, at: m.at, subject: m.subject }] : [])),
    ...scorecardEntries,
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id)).slice(0, TIMELINE_LIMIT);
}
