import "server-only";
import { and, asc, desc, eq, isNull, max, sql } from "drizzle-orm";
import { z } from "zod";
import { notifiedCache } from "@/lib/app/notified-cache";
import { getDb, type Executor } from "@/db/client";
import { candidates, outboxMessages, rejectionReasons, requisitions, stageEvents } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canManageRequisitionSetup, isStaff } from "@/lib/domain/permissions";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { enqueueEmail } from "./outbox";
import { loadMovableApplication, moveInTransaction } from "./pipeline";

export type RejectionKind = "we_rejected" | "they_withdrew";

export interface RejectionReasonDto {
  id: string;
  label: string;
  kind: RejectionKind;
}

const defaultReasons: readonly { label: string; kind: RejectionKind }[] = [
  { label: "Not enough relevant experience", kind: "we_rejected" },
  { label: "Skills gap in required qualifications", kind: "we_rejected" },
  { label: "Hired someone else", kind: "we_rejected" },
  { label: "Position closed", kind: "we_rejected" },
  { label: "Accepted another offer", kind: "they_withdrew" },
  { label: "Compensation", kind: "they_withdrew" },
  { label: "No longer interested", kind: "they_withdrew" },
];

/** Minutes a rejection email waits in the outbox, so it can be undone; REJECTION_EMAIL_DELAY_MINUTES. */
export function rejectionEmailDelayMinutes(): number {
  const configured = Number(process.env.REJECTION_EMAIL_DELAY_MINUTES);
  return Number.isFinite(configured) && configured >= 0 ? configured : 30;
}

async function activeReasons(db: Executor): Promise<RejectionReasonDto[]> {
  return db
    .select({ id: rejectionReasons.id, label: rejectionReasons.label, kind: rejectionReasons.kind })
    .from(rejectionReasons)
    .where(isNull(rejectionReasons.archivedAt))
    .orderBy(asc(rejectionReasons.kind), asc(rejectionReasons.position));
}

/**
 * The reasons are the same for every requisition and change only when someone edits the list, but
 * every board view needs them: each process keeps them until a change, announced to every process
 * through PostgreSQL (lib/app/notified-cache.ts).
 */
const reasonsCache = notifiedCache({ channel: "shortlist_rejection_reasons", name: "Rejection reasons cache", safetyNetMs: 60_000, maxEntries: 1 });

/**
 * The configured reasons, seeded with sensible defaults the first time anyone asks. The seed runs
 * under a transaction-scoped advisory lock so two first requests do not both insert the list.
 */
export async function listRejectionReasons(actor: Actor): Promise<RejectionReasonDto[]> {
  if (!isStaff(actor) && actor.kind !== "system") throw new NotFoundError();
  return reasonsCache.get("active", async () => {
    const db = getDb();
    const existing = await db.select({ id: rejectionReasons.id }).from(rejectionReasons).limit(1);
    if (existing.length > 0) return activeReasons(db);
    return db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${"rejection_reasons_seed"}))`);
      const again = await tx.select({ id: rejectionReasons.id }).from(rejectionReasons).limit(1);
      if (again.length === 0) await tx.insert(rejectionReasons).values(defaultReasons.map((reason, position) => ({ ...reason, position })));
      return activeReasons(tx);
    });
  });
}

export const rejectApplicationSchema = z.strictObject({
  applicationId: z.uuid(),
  expectedVersion: z.coerce.number().int().positive(),
  reasonId: z.uuid({ message: "Choose a reason." }),
  sendEmail: z.boolean(),
  note: z.string().trim().max(500, "Use at most 500 characters.").optional().transform((v) => v || null),
});
export type RejectApplicationInput = z.input<typeof rejectApplicationSchema>;

/** Polite and short; the reason stays internal. Candidate names are plain text in a plain-text email. */
export function rejectionEmailText(firstName: string, jobTitle: string): string {
  return [
    `Dear ${firstName},`,
    "",
    `Thank you for your interest in the ${jobTitle} role and for the time you spent applying.`,
    "After careful consideration we have decided not to move forward with your application.",
    "",
    "We wish you every success in your search.",
  ].join("\n");
}

/**
 * Rejects with a configured reason: moves the application to the rejection stage (version-checked,
 * like any move) and, if asked, queues the candidate email to leave only after the undo delay.
 * Email, move and event commit together or not at all.
 */
export async function rejectApplication(actor: Actor, input: RejectApplicationInput, now = new Date()) {
  const parsed = rejectApplicationSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The candidate could not be rejected.", z.flattenError(parsed.error).fieldErrors);
  const { applicationId, expectedVersion, reasonId, sendEmail, note } = parsed.data;
  const { row, access } = await loadMovableApplication(actor, applicationId);
  const reasons = await listRejectionReasons(actor);
  const reason = reasons.find((r) => r.id === reasonId);
  if (!reason) throw new ValidationError("Choose a reason.", { reasonId: ["Choose a reason."] });
  const sendAt = new Date(now.getTime() + rejectionEmailDelayMinutes() * 60_000);

  return getDb().transaction(async (tx) => {
    let outboxMessageId: string | null = null;
    if (sendEmail) {
      const [details] = await tx
        .select({ email: candidates.email, firstName: candidates.firstName, title: requisitions.title })
        .from(candidates)
        .innerJoin(requisitions, eq(requisitions.id, row.requisitionId))
        .where(eq(candidates.id, row.candidateId));
      if (!details) throw new NotFoundError("That application");
      const { id } = await enqueueEmail(tx, {
        to: details.email,
        subject: `Update on your application for ${details.title}`.replace(/[\r\n]+/g, " "),
        text: rejectionEmailText(details.firstName, details.title),
      });
      await tx.update(outboxMessages).set({ nextAttemptAt: sendAt }).where(eq(outboxMessages.id, id));
      outboxMessageId = id;
    }
    const reasonText = note ? `${reason.label} — ${note}` : reason.label;
    const moved = await moveInTransaction(
      tx,
      actor,
      { applicationId, requisitionId: row.requisitionId, access, to: "rejected", expectedVersion, reason: reasonText, rejectionReasonId: reason.id, outboxMessageId },
      now,
    );
    return { version: moved.version, stage: moved.stage, stageEventId: moved.eventId, emailScheduledFor: outboxMessageId ? sendAt : null };
  });
}

/**
 * Withdraws a rejection email that has not left yet. "Not left" means pending and never claimed by
 * the outbox worker (attempts = 0): the conditional update and the worker's claim lock the same row,
 * so exactly one of them wins.
 */
export async function undoRejectionEmail(actor: Actor, stageEventId: string) {
  if (!z.uuid().safeParse(stageEventId).success) throw new NotFoundError("That rejection");
  const [event] = await getDb().select().from(stageEvents).where(eq(stageEvents.id, stageEventId)).limit(1);
  if (!event) throw new NotFoundError("That rejection");
  await loadMovableApplication(actor, event.applicationId);
  if (!event.outboxMessageId) throw new ConflictError("No email was scheduled for this rejection.");
  const messageId = event.outboxMessageId;
  return getDb().transaction(async (tx) => {
    const cancelled = await tx
      .update(outboxMessages)
      .set({ status: "cancelled" })
      .where(and(eq(outboxMessages.id, messageId), eq(outboxMessages.status, "pending"), eq(outboxMessages.attempts, 0)))
      .returning({ id: outboxMessages.id });
    if (cancelled.length === 0) {
      const [message] = await tx.select({ status: outboxMessages.status }).from(outboxMessages).where(eq(outboxMessages.id, messageId));
      if (message?.status === "cancelled") return { cancelled: true };
      throw new ConflictError("The rejection email has already been sent; it can no longer be undone.");
    }
    await writeAudit(tx, actor, { action: "rejection_email.cancel", targetType: "application", targetId: event.applicationId });
    return { cancelled: true };
  });
}

export interface RejectionEmailDto {
  stageEventId: string;
  /** scheduled: waiting out the undo delay, can still be cancelled; sending: claimed by the outbox, no longer undoable. */
  status: "scheduled" | "sending" | "sent" | "cancelled" | "failed";
  scheduledFor: Date;
}

/**
 * The email of the rejection that put the application where it is now, if one was queued: so the
 * candidate's page can show, at any later visit and without JavaScript, whether it is still waiting
 * (with its undo), was cancelled or has left. Null when the latest move was not a rejection with an
 * email. For the hiring team only, like rejecting.
 */
export async function getRejectionEmail(actor: Actor, applicationId: string): Promise<RejectionEmailDto | null> {
  await loadMovableApplication(actor, applicationId);
  const [latest] = await getDb()
    .select({ stageEventId: stageEvents.id, messageId: stageEvents.outboxMessageId })
    .from(stageEvents)
    .where(eq(stageEvents.applicationId, applicationId))
    .orderBy(desc(stageEvents.createdAt), desc(stageEvents.id))
    .limit(1);
  if (!latest?.messageId) return null;
  const [message] = await getDb()
    .select({ status: outboxMessages.status, attempts: outboxMessages.attempts, nextAttemptAt: outboxMessages.nextAttemptAt })
    .from(outboxMessages)
    .where(eq(outboxMessages.id, latest.messageId));
  if (!message) return null;
  const status =
    message.status === "pending" ? (message.attempts === 0 ? "scheduled" : "sending") : message.status === "dead" ? "failed" : message.status;
  return { stageEventId: latest.stageEventId, status, scheduledFor: message.nextAttemptAt };
}

const reasonInputSchema = z.strictObject({
  label: z.string().trim().min(1, "Enter a reason.").max(120, "Use at most 120 characters."),
  kind: z.enum(["we_rejected", "they_withdrew"]),
});

/** Reasons are shared by every requisition: admins and recruiters keep the list. */
export async function addRejectionReason(actor: Actor, input: z.input<typeof reasonInputSchema>): Promise<RejectionReasonDto> {
  if (!canManageRequisitionSetup(actor)) throw new NotFoundError();
  const parsed = reasonInputSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The reason could not be added.", z.flattenError(parsed.error).fieldErrors);
  await listRejectionReasons(actor);
  const added = await getDb().transaction(async (tx) => {
    const [last] = await tx.select({ position: max(rejectionReasons.position) }).from(rejectionReasons).where(eq(rejectionReasons.kind, parsed.data.kind));
    const [row] = await tx
      .insert(rejectionReasons)
      .values({ ...parsed.data, position: (last?.position ?? -1) + 1 })
      .returning({ id: rejectionReasons.id, label: rejectionReasons.label, kind: rejectionReasons.kind });
    if (!row) throw new Error("The reason insert returned no row.");
    await writeAudit(tx, actor, { action: "rejection_reason.add", targetType: "rejection_reason", targetId: row.id });
    return row;
  });
  await reasonsCache.invalidateEverywhere();
  return added;
}

/** Archived, not deleted: past rejections keep pointing at their reason. */
export async function archiveRejectionReason(actor: Actor, reasonId: string, now = new Date()): Promise<void> {
  if (!canManageRequisitionSetup(actor)) throw new NotFoundError();
  if (!z.uuid().safeParse(reasonId).success) throw new NotFoundError("That reason");
  await getDb().transaction(async (tx) => {
    const done = await tx
      .update(rejectionReasons)
      .set({ archivedAt: now })
      .where(and(eq(rejectionReasons.id, reasonId), isNull(rejectionReasons.archivedAt)))
      .returning({ id: rejectionReasons.id });
    if (done.length === 0) throw new NotFoundError("That reason");
    await writeAudit(tx, actor, { action: "rejection_reason.archive", targetType: "rejection_reason", targetId: reasonId });
  });
  await reasonsCache.invalidateEverywhere();
}
