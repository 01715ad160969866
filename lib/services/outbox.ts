import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { outboxMessages, type OutboxAttachment } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canReadMailbox } from "@/lib/domain/permissions";
import { deliveryMode, type DeliveryMode } from "@/lib/mail/transport";
import { NotFoundError, ValidationError } from "./errors";

export type { OutboxAttachment } from "@/db/schema";

const MAX_TEXT_BYTES = 100 * 1024;
const MAX_ATTACHMENTS = 10;
// Base64 characters across all attachments: about 5 MB of files, well under common SMTP limits.
const MAX_ATTACHMENT_BASE64 = 7 * 1024 * 1024;

// Header values must stay on one line: a CR or LF in a subject or filename would let candidate
// text add headers (Bcc: …) to the message. Tabs are harmless and folded by the composer.
const singleLine = (value: string) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value);

export const outboxAttachmentSchema = z.strictObject({
  filename: z.string().min(1).max(200).refine(singleLine, "No line breaks or control characters.").refine((name) => !/[\\/]/.test(name), "No path separators."),
  // "text/calendar; method=REQUEST; charset=UTF-8" and the like.
  contentType: z.string().max(200).regex(/^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.-]+=("[^"\u0000-\u001f]*"|[\w.+-]+))*$/, "Not a MIME type."),
  content: z.base64(),
});

export const outgoingEmailSchema = z.strictObject({
  to: z.email("Not an email address."),
  subject: z.string().min(1).max(300).refine(singleLine, "The subject must be one line without control characters."),
  text: z
    .string()
    .refine((text) => !text.includes("\u0000"), "The text contains a NUL character.")
    .refine((text) => Buffer.byteLength(text, "utf8") <= MAX_TEXT_BYTES, "The text is larger than 100 KB."),
  attachments: z
    .array(outboxAttachmentSchema)
    .max(MAX_ATTACHMENTS)
    .refine((list) => list.reduce((sum, a) => sum + a.content.length, 0) <= MAX_ATTACHMENT_BASE64, "The attachments are too large.")
    .default([]),
});

export interface EmailToSend {
  to: string;
  subject: string;
  text: string;
  attachments?: OutboxAttachment[];
}

/**
 * Queues an email. Call it with the transaction that makes the change the email announces: the
 * message exists exactly when the change commits, and the outbox worker delivers it afterwards.
 * The calling service has already authorized the change, so there is no actor here.
 */
export async function enqueueEmail(tx: Executor, message: EmailToSend): Promise<{ id: string }> {
  const [row] = await tx.insert(outboxMessages).values(outboxRow(message)).returning({ id: outboxMessages.id });
  if (!row) throw new Error("The outbox insert returned no row.");
  return { id: row.id };
}

/** The checked row enqueueEmail inserts, for a caller that sends it with other writes (lib/services/one-statement.ts). */
export function outboxRow(message: EmailToSend): typeof outboxMessages.$inferInsert {
  const parsed = outgoingEmailSchema.safeParse(message);
  if (!parsed.success) {
    throw new ValidationError("The email could not be queued.", z.flattenError(parsed.error).fieldErrors);
  }
  const { to, subject, text, attachments } = parsed.data;
  return { toAddress: to, subject, textBody: text, attachments };
}

export type OutboxStatus = (typeof outboxMessages.$inferSelect)["status"];

export interface MailboxMessageSummary {
  id: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  /** When the worker tries next; null once the message is sent or dead. */
  nextAttemptAt: Date | null;
  attachmentCount: number;
}

export interface MailboxMessage extends MailboxMessageSummary {
  text: string;
  attachments: { filename: string; contentType: string; sizeBytes: number }[];
  /** The RFC 5322 message as composed for the last try; null before the first try. */
  raw: string | null;
}

export interface DevMailbox {
  delivery: DeliveryMode;
  counts: Record<OutboxStatus, number>;
  messages: MailboxMessageSummary[];
}

// Anyone but an admin is told the page does not exist.
function assertCanReadMailbox(actor: Actor): void {
  if (!canReadMailbox(actor)) throw new NotFoundError();
}

const summaryColumns = {
  id: outboxMessages.id,
  to: outboxMessages.toAddress,
  subject: outboxMessages.subject,
  status: outboxMessages.status,
  attempts: outboxMessages.attempts,
  lastError: outboxMessages.lastError,
  createdAt: outboxMessages.createdAt,
  sentAt: outboxMessages.sentAt,
  nextAttemptAt: outboxMessages.nextAttemptAt,
};

type SummaryRow = Omit<MailboxMessageSummary, "nextAttemptAt" | "attachmentCount"> & { nextAttemptAt: Date };

function toSummary(row: SummaryRow, attachmentCount: number): MailboxMessageSummary {
  return { ...row, nextAttemptAt: row.status === "pending" ? row.nextAttemptAt : null, attachmentCount };
}

const listOptionsSchema = z.strictObject({ limit: z.number().int().min(1).max(200).default(50) });

export async function listDevMailbox(actor: Actor, options: { limit?: number } = {}): Promise<DevMailbox> {
  assertCanReadMailbox(actor);
  const { limit } = listOptionsSchema.parse(options);
  const db = getDb();
  const [rows, countRows] = await Promise.all([
    db
      .select({ ...summaryColumns, attachmentCount: sql<number>`jsonb_array_length(${outboxMessages.attachments})`.mapWith(Number) })
      .from(outboxMessages)
      .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
      .limit(limit),
    db.select({ status: outboxMessages.status, count: sql<number>`count(*)`.mapWith(Number) }).from(outboxMessages).groupBy(outboxMessages.status),
  ]);
  const counts: Record<OutboxStatus, number> = { pending: 0, sent: 0, dead: 0, cancelled: 0 };
  for (const { status, count } of countRows) counts[status] = count;
  return {
    delivery: deliveryMode(),
    counts,
    messages: rows.map(({ attachmentCount, ...row }) => toSummary(row, attachmentCount)),
  };
}

export async function getDevMailboxMessage(actor: Actor, id: string): Promise<MailboxMessage> {
  assertCanReadMailbox(actor);
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const [row] = await getDb()
    .select({ ...summaryColumns, text: outboxMessages.textBody, attachments: outboxMessages.attachments, raw: outboxMessages.raw })
    .from(outboxMessages)
    .where(eq(outboxMessages.id, id))
    .limit(1);
  if (!row) throw new NotFoundError();
  const { text, attachments, raw, ...summary } = row;
  return {
    ...toSummary(summary, attachments.length),
    text,
    raw,
    attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, sizeBytes: Buffer.from(a.content, "base64").length })),
  };
}
