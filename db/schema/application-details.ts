import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { qualificationAnswerValues, questionKinds } from "../../lib/domain/application-types";
import { applications } from "./applications";
import { qualifications, requisitions } from "./requisitions";

export const qualificationAnswer = pgEnum("qualification_answer", qualificationAnswerValues);
export const questionKind = pgEnum("question_kind", questionKinds);

/** The candidate's answer to one qualification: the first link of qualification → answer → scorecard → decision. */
export const qualificationAnswers = pgTable(
  "qualification_answers",
  {
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    // No cascade: qualifications are archived, never deleted, so answers keep their question.
    qualificationId: uuid()
      .notNull()
      .references(() => qualifications.id),
    answer: qualificationAnswer().notNull(),
    evidence: text(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.qualificationId] }), index("qualification_answers_qualification_idx").on(t.qualificationId)],
);

/** Questions a recruiter adds to one requisition's form. */
export const requisitionQuestions = pgTable(
  "requisition_questions",
  {
    id: uuid().primaryKey().defaultRandom(),
    requisitionId: uuid()
      .notNull()
      .references(() => requisitions.id, { onDelete: "cascade" }),
    kind: questionKind().notNull(),
    label: text().notNull(),
    required: boolean().notNull().default(false),
    options: text().array().notNull().default(sql`'{}'::text[]`),
    // Answers that flag the application for the reviewer. A knockout never rejects on its own.
    knockoutAnswers: text().array().notNull().default(sql`'{}'::text[]`),
    position: integer().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("requisition_questions_requisition_idx").on(t.requisitionId, t.position)],
);

/** Answers to the derived questions (location, sponsorship) and the custom ones, with the question as asked. */
export const questionAnswers = pgTable(
  "question_answers",
  {
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    questionKey: text().notNull(),
    questionLabel: text().notNull(),
    answer: text().notNull(),
    knockout: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.questionKey] })],
);

/** Consent to the privacy notice, with the notice's version and when it was given. */
export const applicationConsents = pgTable("application_consents", {
  applicationId: uuid()
    .primaryKey()
    .references(() => applications.id, { onDelete: "cascade" }),
  noticeVersion: text().notNull(),
  consentedAt: timestamp({ withTimezone: true }).notNull(),
});

/**
 * Voluntary self-identification. Its own table, read only by the aggregate EEO report: no hiring
 * view or export may join it. The application id exists so that erasure can find the row.
 */
export const selfIdentifications = pgTable(
  "self_identifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    requisitionId: uuid()
      .notNull()
      .references(() => requisitions.id, { onDelete: "cascade" }),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    gender: text().notNull(),
    raceEthnicity: text().notNull(),
    veteranStatus: text().notNull(),
    disability: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("self_identifications_requisition_idx").on(t.requisitionId)],
);

/** Private status-page links. Only a hash is stored: the link itself exists in the candidate's email. */
export const applicationStatusTokens = pgTable(
  "application_status_tokens",
  {
    tokenHash: text().primaryKey(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_status_tokens_application_idx").on(t.applicationId)],
);
