import { boolean, customType, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { requisitions } from "./requisitions";
import { stages } from "./pipeline";

export const resumeTextStatus = pgEnum("resume_text_status", ["pending", "ok", "unavailable"]);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});

export const candidates = pgTable(
  "candidates",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Lower-cased: one person, one candidate, however they type their address.
    email: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    // Exempts the person from the retention job (litigation, an open dispute); set by admins.
    legalHold: boolean().notNull().default(false),
    // Set when the person was anonymised; their name and email are then placeholders.
    erasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("candidates_email_key").on(t.email)],
);

export const applications = pgTable(
  "applications",
  {
    id: uuid().primaryKey().defaultRandom(),
    candidateId: uuid()
      .notNull()
      .references(() => candidates.id),
    requisitionId: uuid()
      .notNull()
      .references(() => requisitions.id),
    stageId: uuid()
      .notNull()
      .references(() => stages.id),
    // Bumped on every move: a move made from a stale view is refused instead of overwriting.
    version: integer().notNull().default(1),
    source: text(),
    phone: text(),
    location: text(),
    linkedinUrl: text(),
    websiteUrl: text(),
    coverLetter: text(),
    // The form's one-time id: the same form posted twice is one application.
    submissionId: uuid(),
    withdrawnAt: timestamp({ withTimezone: true }),
    // The evidence summary, kept so the board can sort by it without reading every resume;
    // refreshed when the application arrives and when its resume text is read.
    requiredMet: integer(),
    preferredMet: integer(),
    evidenceSortKey: integer(),
    knockoutFlags: integer().notNull().default(0),
    stageEnteredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("applications_candidate_requisition_key").on(t.candidateId, t.requisitionId),
    uniqueIndex("applications_submission_key").on(t.submissionId),
    // The board's column counts read this index alone (withdrawn ones are counted apart).
    index("applications_requisition_stage_withdrawn_idx").on(t.requisitionId, t.stageId, t.withdrawnAt),
    // A board column's first page in either sort order, read in order with no sort of the whole stage.
    index("applications_board_time_idx").on(t.requisitionId, t.stageId, t.stageEnteredAt, t.id).where(sql`${t.withdrawnAt} is null`),
    index("applications_board_evidence_idx")
      .on(t.requisitionId, t.stageId, t.evidenceSortKey.desc().nullsLast(), t.stageEnteredAt, t.id)
      .where(sql`${t.withdrawnAt} is null`),
    // A report's cohort: one requisition's applications received between two dates.
    index("applications_requisition_created_idx").on(t.requisitionId, t.createdAt),
  ],
);

/** Resume bytes live in their own table so listing applications never drags files along. */
export const resumes = pgTable(
  "resumes",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    filename: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    data: bytea().notNull(),
    // Extraction runs after the application is stored, off the request path.
    textStatus: resumeTextStatus().notNull().default("pending"),
    text: text(),
    textNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("resumes_application_idx").on(t.applicationId), index("resumes_text_pending_idx").on(t.textStatus)],
);

export type CandidateRow = typeof candidates.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;
