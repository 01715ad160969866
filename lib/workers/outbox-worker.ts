import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { composeEmail, type ComposedEmail } from "@/lib/mail/compose";
import { summarizeDeliveryError } from "@/lib/mail/delivery-error";
import { afterFailedAttempt, CLAIM_LEASE_MS } from "@/lib/mail/retry-policy";
import { createMailTransport, mailFrom, type MailTransport } from "@/lib/mail/transport";

export interface DeliverOptions {
  /** Messages claimed in one call (1–100, default 20). */
  limit?: number;
  now?: Date;
  /** Tests inject a fake; otherwise SMTP_URL decides (see lib/mail/transport.ts). */
  transport?: MailTransport;
  random?: () => number;
}

export interface DeliveryReport {
  claimed: number;
  sent: number;
  retrying: number;
  dead: number;
}

type ClaimedMessage = typeof outboxMessages.$inferSelect;

/**
 * Claims due messages for this worker. The row locks (SKIP LOCKED, so concurrent workers take
 * disjoint sets) last only for this short transaction; what keeps the claim afterwards is the
 * lease: next_attempt_at moves CLAIM_LEASE_MS ahead, so no other worker finds the message due
 * while this one sends it. Counting the attempt here, before sending, means a message that
 * crashes the process on every try still reaches "dead" instead of looping forever.
 */
async function claimDueMessages(limit: number, now: Date): Promise<ClaimedMessage[]> {
  return getDb().transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.status, "pending"), lte(outboxMessages.nextAttemptAt, now)))
      .orderBy(asc(outboxMessages.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outboxMessages)
      .set({ attempts: sql`${outboxMessages.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) })
      .where(inArray(outboxMessages.id, due.map((row) => row.id)))
      .returning();
  });
}

async function recordSent(message: ClaimedMessage, composed: ComposedEmail, now: Date): Promise<void> {
  await getDb()
    .update(outboxMessages)
    .set({ status: "sent", sentAt: now, raw: composed.raw, lastError: null })
    .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.status, "pending")));
}

async function recordFailure(
  message: ClaimedMessage,
  error: unknown,
  composed: ComposedEmail | undefined,
  now: Date,
  random: () => number,
): Promise<"retrying" | "dead"> {
  const { code, detail } = summarizeDeliveryError(error);
  const outcome = afterFailedAttempt(message.attempts, now, random);
  await getDb()
    .update(outboxMessages)
    .set({
      status: outcome.status,
      lastError: detail,
      ...(outcome.status === "pending" ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
      // Kept so an admin can see what could not be delivered.
      ...(composed ? { raw: composed.raw } : {}),
    })
    // Only while our claim is still the latest: a worker that outlived its lease must not undo
    // what a newer claim recorded.
    .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.status, "pending"), eq(outboxMessages.attempts, message.attempts)));
  // Ids and codes only: addresses and bodies stay out of logs.
  const log = outcome.status === "dead" ? console.error : console.warn;
  log(`[outbox] message ${message.id} attempt ${message.attempts} failed (${code})${outcome.status === "dead" ? "; marked dead" : ""}`);
  return outcome.status === "dead" ? "dead" : "retrying";
}

/**
 * Delivers what is due, at least once. A worker that crashes after the server accepted a message
 * but before "sent" is recorded leaves it pending; when the lease runs out another worker sends it
 * again. We prefer a rare duplicate (same Message-ID, so mail clients can fold it) to a
 * confirmation or interview invitation that silently never arrives.
 */
export async function deliverDueMessages(options: DeliverOptions = {}): Promise<DeliveryReport> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 100);
  // Sends in a batch take time: stamp each one when it happens unless a test fixes the clock.
  const clock = () => options.now ?? new Date();
  const random = options.random ?? Math.random;
  const claimed = await claimDueMessages(limit, clock());
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retrying: 0, dead: 0 };
  if (claimed.length === 0) return report;
  const transport = options.transport ?? createMailTransport();
  const from = mailFrom();
  for (const message of claimed) {
    const now = clock();
    let composed: ComposedEmail | undefined;
    try {
      composed = await composeEmail(
        { id: message.id, to: message.toAddress, subject: message.subject, text: message.textBody, attachments: message.attachments },
        { from, date: now },
      );
      await transport.send(composed);
    } catch (error) {
      try {
        report[await recordFailure(message, error, composed, now, random)] += 1;
      } catch (recordError) {
        console.error(`[outbox] message ${message.id}: could not record the failure (${summarizeDeliveryError(recordError).code})`);
      }
      continue;
    }
    try {
      await recordSent(message, composed, now);
      report.sent += 1;
    } catch (recordError) {
      // Sent but not recorded: it will be sent again after the lease (at-least-once).
      console.error(`[outbox] message ${message.id}: sent, but could not record it (${summarizeDeliveryError(recordError).code})`);
    }
  }
  return report;
}
