import { customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * A resume uploaded with a form that failed validation, kept under an opaque token so the
 * candidate does not have to choose the file again. Expires after a day.
 */
export const pendingUploads = pgTable(
  "pending_uploads",
  {
    tokenHash: text().primaryKey(),
    filename: text().notNull(),
    kind: text().notNull(),
    data: bytea().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("pending_uploads_expires_idx").on(t.expiresAt)],
);

/** Fixed-window counters shared by every app instance (rate limits must not live in process memory). */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

// "cancelled": withdrawn before delivery, e.g. a rejection email undone within its delay.
export const outboxStatus = pgEnum("outbox_status", ["pending", "sent", "dead", "cancelled"]);

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  /** Base64. */
  content: string;
}

/**
 * Email written in the same transaction as the change it announces, delivered afterwards by the
 * outbox worker with retries, so a message is never lost and never sent for a rolled-back change.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    attachments: jsonb().$type<OutboxAttachment[]>().notNull().default([]),
    status: outboxStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    // The delivered message in RFC 5322 form, as the dev mailbox shows it.
    raw: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("outbox_messages_due_idx").on(t.status, t.nextAttemptAt)],
);
