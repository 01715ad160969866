import { boolean, doublePrecision, index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { stages } from "./pipeline";

/**
 * One row per application and stage it has been in (moved there by a stage event, or in it now),
 * with the time spent there summed over its visits: the stage history folded once, when it is
 * written, instead of sorted again by every report. Written only by the triggers of migration 0010
 * on stage_events and applications (docs/reports.md), so every writer keeps it right; services
 * only read it.
 */
export const applicationStageStays = pgTable(
  "application_stage_stays",
  {
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    stageId: uuid()
      .notNull()
      .references(() => stages.id),
    // Copies of the application's requisition and date applied, so that a report's cohort is read
    // from this table alone.
    requisitionId: uuid().notNull(),
    appliedAt: timestamp({ withTimezone: true }).notNull(),
    /**
     * The first move into the stage (time to hire: the first move into a hired stage). Null only on
     * the row of an application's current stage when no stage event moved it there.
     */
    firstEnteredAt: timestamp({ withTimezone: true }),
    /** Seconds spent in the stage over the visits that have ended (each: the next event − this one). */
    closedSeconds: doublePrecision().notNull(),
    /** Set when the application's latest event moved it here: the visit still open, which counts up to "now". */
    openSince: timestamp({ withTimezone: true }),
    /** The application's current stage (applications.stage_id), so that "reached" needs no join. */
    inStageNow: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.stageId] }),
    index("application_stage_stays_cohort_idx").on(t.requisitionId, t.appliedAt),
    // The stays in a few stages (hired, rejected, past the first) without reading the others.
    index("application_stage_stays_stage_idx").on(t.stageId, t.appliedAt),
  ],
);

export type ApplicationStageStayRow = typeof applicationStageStays.$inferSelect;
