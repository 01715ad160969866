import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { users } from "./users";

export const rejectionKind = pgEnum("rejection_kind", ["we_rejected", "they_withdrew"]);

/** Why applications end: a configurable list, in two kinds, so reports can tell them apart. */
export const rejectionReasons = pgTable("rejection_reasons", {
  id: uuid().primaryKey().defaultRandom(),
  label: text().notNull(),
  kind: rejectionKind().notNull(),
  position: integer().notNull(),
  archivedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Notes by the hiring team on one application; editable by their author for a short while. */
export const notes = pgTable(
  "notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    authorUserId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notes_application_idx").on(t.applicationId, t.createdAt)],
);

/** A teammate @mentioned in a note; their dashboard inbox lists the unread ones. */
export const noteMentions = pgTable(
  "note_mentions",
  {
    noteId: uuid()
      .notNull()
      .references(() => notes.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.noteId, t.userId] }), index("note_mentions_user_idx").on(t.userId, t.readAt)],
);

export const applicationTags = pgTable(
  "application_tags",
  {
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    tag: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.tag] }), index("application_tags_tag_idx").on(t.tag)],
);
