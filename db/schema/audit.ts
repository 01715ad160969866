import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** Append-only: services insert a row in the same transaction as the change it records. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid().primaryKey().defaultRandom(),
    actorUserId: uuid().references(() => users.id),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: uuid(),
    // Which request made the change (x-request-id), and from where; null for scripts and jobs.
    requestId: text(),
    ipAddress: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_target_idx").on(t.targetType, t.targetId), index("audit_log_created_idx").on(t.createdAt), index("audit_log_actor_idx").on(t.actorUserId, t.createdAt)],
);
