import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { closeReason, employmentType, payPeriod, qualificationKind, requisitionStatus, teamRole, workplaceType } from "./enums";
import { users } from "./users";

export const requisitions = pgTable(
  "requisitions",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    status: requisitionStatus().notNull().default("draft"),
    title: text().notNull(),
    department: text(),
    locations: text().array().notNull().default(sql`'{}'::text[]`),
    workplaceType: workplaceType(),
    employmentType: employmentType(),
    payMin: integer(),
    payMax: integer(),
    payCurrency: text(),
    payPeriod: payPeriod(),
    summary: text().notNull().default(""),
    responsibilities: text().array().notNull().default(sql`'{}'::text[]`),
    benefits: text().array().notNull().default(sql`'{}'::text[]`),
    skills: text().array().notNull().default(sql`'{}'::text[]`),
    headcount: integer().notNull().default(1),
    closeReason: closeReason(),
    publishedAt: timestamp({ withTimezone: true }),
    // Until when the posting accepts applications, for search engines (schema.org validThrough).
    validThrough: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("requisitions_slug_key").on(t.slug),
    index("requisitions_status_idx").on(t.status),
    // A pay range is all or nothing, and never upside down.
    check(
      "requisitions_pay_range",
      sql`(${t.payMin} is null and ${t.payMax} is null and ${t.payCurrency} is null and ${t.payPeriod} is null)
        or (${t.payMin} is not null and ${t.payMax} is not null and ${t.payCurrency} is not null
            and ${t.payPeriod} is not null and ${t.payMin} <= ${t.payMax})`,
    ),
  ],
);

/** Qualifications are rows because application answers and scorecard attributes point at them. */
export const qualifications = pgTable(
  "qualifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    requisitionId: uuid()
      .notNull()
      .references(() => requisitions.id, { onDelete: "cascade" }),
    kind: qualificationKind().notNull(),
    position: integer().notNull(),
    text: text().notNull(),
    // Archived rather than deleted once answered, so answers keep their question.
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("qualifications_requisition_idx").on(t.requisitionId, t.kind, t.position)],
);

/** Every change of a requisition's status, with who made it and when. */
export const requisitionStatusEvents = pgTable(
  "requisition_status_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    requisitionId: uuid()
      .notNull()
      .references(() => requisitions.id, { onDelete: "cascade" }),
    fromStatus: requisitionStatus(),
    toStatus: requisitionStatus().notNull(),
    closeReason: closeReason(),
    actorUserId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("requisition_status_events_requisition_idx").on(t.requisitionId, t.createdAt)],
);

/** The hiring team of one requisition. */
export const requisitionMembers = pgTable(
  "requisition_members",
  {
    requisitionId: uuid()
      .notNull()
      .references(() => requisitions.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: teamRole().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requisitionId, t.userId, t.role] }), index("requisition_members_user_idx").on(t.userId)],
);

export type RequisitionRow = typeof requisitions.$inferSelect;
export type QualificationRow = typeof qualifications.$inferSelect;
