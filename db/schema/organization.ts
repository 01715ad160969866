import { sql } from "drizzle-orm";
import { boolean, check, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One deployment serves one organisation, so this table holds exactly one row. */
export const organization = pgTable(
  "organization",
  {
    singleton: boolean().primaryKey().default(true),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("organization_singleton", sql`${t.singleton}`)],
);
