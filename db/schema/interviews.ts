import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { scorecardRatings, scorecardRecommendations } from "../../lib/domain/scorecard-types";
import { applications } from "./applications";
import { stages } from "./pipeline";
import { qualifications, requisitions } from "./requisitions";
import { users } from "./users";

export const scheduledInterviewStatus = pgEnum("scheduled_interview_status", ["scheduled", "cancelled"]);
export const scorecardStatus = pgEnum("scorecard_status", ["draft", "submitted"]);
export const scorecardRating = pgEnum("scorecard_rating", scorecardRatings);
export const scorecardRecommendation = pgEnum("scorecard_recommendation", scorecardRecommendations);

/** The interview plan of a requisition: the interviews each stage holds (a phone screen, an onsite …). */
export const interviewPlanItems = pgTable(
  "interview_plan_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    requisitionId: uuid()
      .notNull()
      .references(() => requisitions.id, { onDelete: "cascade" }),
    stageId: uuid()
      .notNull()
      .references(() => stages.id),
    name: text().notNull(),
    durationMinutes: integer().notNull(),
    instructions: text().notNull().default(""),
    position: integer().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("interview_plan_items_requisition_idx").on(t.requisitionId, t.stageId, t.position), check("interview_plan_items_duration", sql`${t.durationMinutes} between 5 and 720`)],
);

/** What one planned interview assesses: a qualification of the requisition, or a custom attribute. */
export const interviewFocusAttributes = pgTable(
  "interview_focus_attributes",
  {
    id: uuid().primaryKey().defaultRandom(),
    planItemId: uuid()
      .notNull()
      .references(() => interviewPlanItems.id, { onDelete: "cascade" }),
    qualificationId: uuid().references(() => qualifications.id),
    customLabel: text(),
    position: integer().notNull(),
  },
  (t) => [
    index("interview_focus_attributes_plan_idx").on(t.planItemId, t.position),
    check("interview_focus_attributes_one_source", sql`(${t.qualificationId} is null) <> (${t.customLabel} is null)`),
  ],
);

/** One interview on the calendar for one application. */
export const scheduledInterviews = pgTable(
  "scheduled_interviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    // Null when scheduled without a plan item: the scorecard then rates every qualification.
    planItemId: uuid().references(() => interviewPlanItems.id),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull(),
    // IANA name the organiser chose; the instant is startsAt, the zone is for showing and for the invite text.
    timeZone: text().notNull(),
    location: text().notNull().default(""),
    status: scheduledInterviewStatus().notNull().default("scheduled"),
    // RFC 5545: the same UID for every update of this event, SEQUENCE raised on each reschedule or cancel.
    icalUid: text().notNull(),
    sequence: integer().notNull().default(0),
    organizerUserId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("scheduled_interviews_ical_uid_key").on(t.icalUid),
    index("scheduled_interviews_application_idx").on(t.applicationId, t.startsAt),
    check("scheduled_interviews_duration", sql`${t.durationMinutes} between 5 and 720`),
  ],
);

export const scheduledInterviewers = pgTable(
  "scheduled_interviewers",
  {
    scheduledInterviewId: uuid()
      .notNull()
      .references(() => scheduledInterviews.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.scheduledInterviewId, t.userId] }), index("scheduled_interviewers_user_idx").on(t.userId)],
);

/**
 * The attributes a scheduled interview is rated on, copied when it is scheduled so that later edits
 * to the plan or the qualifications never change what a submitted scorecard meant.
 */
export const scheduledInterviewAttributes = pgTable(
  "scheduled_interview_attributes",
  {
    id: uuid().primaryKey().defaultRandom(),
    scheduledInterviewId: uuid()
      .notNull()
      .references(() => scheduledInterviews.id, { onDelete: "cascade" }),
    qualificationId: uuid().references(() => qualifications.id),
    label: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [index("scheduled_interview_attributes_interview_idx").on(t.scheduledInterviewId, t.position)],
);

/** One interviewer's scorecard for one scheduled interview; final once submitted. */
export const scorecards = pgTable(
  "scorecards",
  {
    id: uuid().primaryKey().defaultRandom(),
    scheduledInterviewId: uuid()
      .notNull()
      .references(() => scheduledInterviews.id, { onDelete: "cascade" }),
    interviewerUserId: uuid()
      .notNull()
      .references(() => users.id),
    status: scorecardStatus().notNull().default("draft"),
    keyTakeaways: text().notNull().default(""),
    overallRecommendation: scorecardRecommendation(),
    submittedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("scorecards_interview_interviewer_key").on(t.scheduledInterviewId, t.interviewerUserId),
    index("scorecards_interviewer_idx").on(t.interviewerUserId, t.status),
    check("scorecards_submitted_complete", sql`${t.status} = 'draft' or (${t.overallRecommendation} is not null and ${t.submittedAt} is not null)`),
  ],
);

export const scorecardAttributeRatings = pgTable(
  "scorecard_attribute_ratings",
  {
    scorecardId: uuid()
      .notNull()
      .references(() => scorecards.id, { onDelete: "cascade" }),
    attributeId: uuid()
      .notNull()
      .references(() => scheduledInterviewAttributes.id, { onDelete: "cascade" }),
    rating: scorecardRating(),
    notes: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.scorecardId, t.attributeId] })],
);

/** A submitted scorecard changed afterwards: who, why, and what it said before. Append-only. */
export const scorecardAmendments = pgTable(
  "scorecard_amendments",
  {
    id: uuid().primaryKey().defaultRandom(),
    scorecardId: uuid()
      .notNull()
      .references(() => scorecards.id, { onDelete: "cascade" }),
    amendedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    reason: text().notNull(),
    // The scorecard as it was before this amendment: recommendation, takeaways, ratings and notes.
    previous: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("scorecard_amendments_scorecard_idx").on(t.scorecardId, t.createdAt)],
);

export type ScheduledInterviewRow = typeof scheduledInterviews.$inferSelect;
export type ScorecardRow = typeof scorecards.$inferSelect;
