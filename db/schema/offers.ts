import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { offerStatuses } from "../../lib/domain/offer-types";
import { applications } from "./applications";
import { payPeriod } from "./enums";
import { users } from "./users";

export const offerStatus = pgEnum("offer_status", offerStatuses);

/** An offer to one application. Pay details are for the hiring team and admins only, never interviewers. */
export const offers = pgTable(
  "offers",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    status: offerStatus().notNull().default("draft"),
    salary: integer().notNull(),
    currency: text().notNull(),
    payPeriod: payPeriod().notNull(),
    startDate: date({ mode: "string" }).notNull(),
    notes: text().notNull().default(""),
    // Outside the requisition's pay range: only an admin's approval, with a reason, lets it go on.
    outsideRange: boolean().notNull().default(false),
    exceptionReason: text(),
    // Bumped on every change: a decision taken on a stale view is refused.
    version: integer().notNull().default(1),
    createdByUserId: uuid().references(() => users.id),
    approvedByUserId: uuid().references(() => users.id),
    approvedAt: timestamp({ withTimezone: true }),
    extendedAt: timestamp({ withTimezone: true }),
    respondedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("offers_application_idx").on(t.applicationId, t.createdAt),
    uniqueIndex("offers_one_live_per_application_key")
      .on(t.applicationId)
      .where(sql`${t.status} in ('draft', 'approved', 'extended', 'accepted')`),
    check("offers_salary_positive", sql`${t.salary} > 0`),
  ],
);

export type OfferRow = typeof offers.$inferSelect;
