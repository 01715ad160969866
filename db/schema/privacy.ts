import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const erasureCause = pgEnum("erasure_cause", ["request", "retention"]);

/**
 * What remains of an erased person: no name or address, only a keyed hash of the email, so that an
 * erasure can be applied again after restoring a backup taken before it (scripts re-run them all).
 */
export const erasureTombstones = pgTable(
  "erasure_tombstones",
  {
    id: uuid().primaryKey().defaultRandom(),
    candidateId: uuid().notNull(),
    emailHash: text().notNull(),
    cause: erasureCause().notNull(),
    actorUserId: uuid().references(() => users.id),
    erasedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("erasure_tombstones_email_idx").on(t.emailHash), index("erasure_tombstones_candidate_idx").on(t.candidateId)],
);

/** One row per run of the retention job: when, under which policy, and what it did. */
export const retentionRuns = pgTable("retention_runs", {
  id: uuid().primaryKey().defaultRandom(),
  policyDays: integer().notNull(),
  startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp({ withTimezone: true }),
  anonymisedCount: integer().notNull().default(0),
  skippedForHoldCount: integer().notNull().default(0),
  error: text(),
});
