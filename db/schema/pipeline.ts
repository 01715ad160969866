import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { stageKind } from "./enums";
import { requisitions } from "./requisitions";
import { users } from "./users";
import { applications } from "./applications";
import { rejectionReasons } from "./collaboration";

/** Stages are rows, per requisition, so each team can shape its own process. */
export const stages = pgTable(
  "stages",
  {
    id: uuid().primaryKey().defaultRandom(),
    requisitionId: uuid()
      .notNull()
      .references(() => requisitions.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: stageKind().notNull(),
    position: integer().notNull(),
    // How many days an application may sit here before it "needs attention"; null for no target.
    targetDays: integer(),
    // A removed stage stays for the history that mentions it; it only leaves the board.
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("stages_requisition_name_key").on(t.requisitionId, t.name).where(sql`${t.archivedAt} is null`),
    index("stages_requisition_idx").on(t.requisitionId, t.position),
  ],
);

/** The history of every move; the source of truth for reports. */
export const stageEvents = pgTable(
  "stage_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    fromStageId: uuid().references(() => stages.id),
    toStageId: uuid()
      .notNull()
      .references(() => stages.id),
    // Null when the candidate acted (applying), not a user.
    actorUserId: uuid().references(() => users.id),
    reason: text(),
    // Set on rejections: the configured reason, and the candidate email waiting in the outbox (for undo).
    rejectionReasonId: uuid().references(() => rejectionReasons.id),
    outboxMessageId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stage_events_application_idx").on(t.applicationId, t.createdAt)],
);

export type StageRow = typeof stages.$inferSelect;
export type StageEventRow = typeof stageEvents.$inferSelect;
