import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  applicationConsents,
  applicationStatusTokens,
  applicationTags,
  applications,
  candidates,
  notes,
  offers,
  outboxMessages,
  qualificationAnswers,
  qualifications,
  questionAnswers,
  rejectionReasons,
  requisitions,
  resumes,
  scheduledInterviewAttributes,
  scheduledInterviewers,
  scheduledInterviews,
  scorecardAttributeRatings,
  scorecards,
  stageEvents,
  stages,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canManagePrivacy } from "@/lib/domain/privacy-permissions";
import { writeAudit } from "./audit";
import { NotFoundError } from "./errors";

export const CANDIDATE_EXPORT_FORMAT = "shortlist.candidate-export.v1";

const group = <T, K>(rows: T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return (k: K) => map.get(k) ?? [];
};

/**
 * Everything Shortlist holds about one person, for an admin answering their access request
 * (docs/privacy.md): one JSON document with the résumé files inline in base64, so the answer is a
 * single file anyone can open. Self-identification is not in it: only the aggregate report reads
 * that table. Status links appear as a count, never as values. Audited.
 */
export async function exportCandidateData(actor: Actor, candidateId: string, now = new Date()) {
  if (!canManagePrivacy(actor) || !z.uuid().safeParse(candidateId).success) throw new NotFoundError("That candidate");
  const db = getDb();
  const [candidate] = await db.select().from(candidates).where(eq(candidates.id, candidateId));
  if (!candidate) throw new NotFoundError("That candidate");
  const toStage = alias(stages, "to_stage");
  const fromStage = alias(stages, "from_stage");

  const apps = await db
    .select({ application: applications, requisitionTitle: requisitions.title, stageName: stages.name, stageKind: stages.kind })
    .from(applications)
    .innerJoin(requisitions, eq(requisitions.id, applications.requisitionId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(eq(applications.candidateId, candidateId))
    .orderBy(asc(applications.createdAt));
  const ids = apps.map((a) => a.application.id);
  const none = ids.length === 0;
  const [answers, questions, consents, history, noteRows, tags, files, tokens, interviews, offerRows] = await Promise.all([
    none ? [] : db.select({ applicationId: qualificationAnswers.applicationId, qualification: qualifications.text, kind: qualifications.kind, answer: qualificationAnswers.answer, evidence: qualificationAnswers.evidence }).from(qualificationAnswers).innerJoin(qualifications, eq(qualifications.id, qualificationAnswers.qualificationId)).where(inArray(qualificationAnswers.applicationId, ids)).orderBy(asc(qualifications.kind), asc(qualifications.position)),
    none ? [] : db.select().from(questionAnswers).where(inArray(questionAnswers.applicationId, ids)),
    none ? [] : db.select().from(applicationConsents).where(inArray(applicationConsents.applicationId, ids)),
    none ? [] : db.select({ applicationId: stageEvents.applicationId, from: fromStage.name, to: toStage.name, reason: stageEvents.reason, rejectionReason: rejectionReasons.label, by: users.name, at: stageEvents.createdAt }).from(stageEvents).innerJoin(toStage, eq(toStage.id, stageEvents.toStageId)).leftJoin(fromStage, eq(fromStage.id, stageEvents.fromStageId)).leftJoin(rejectionReasons, eq(rejectionReasons.id, stageEvents.rejectionReasonId)).leftJoin(users, eq(users.id, stageEvents.actorUserId)).where(inArray(stageEvents.applicationId, ids)).orderBy(asc(stageEvents.createdAt)),
    none ? [] : db.select({ applicationId: notes.applicationId, author: users.name, body: notes.body, createdAt: notes.createdAt, updatedAt: notes.updatedAt }).from(notes).innerJoin(users, eq(users.id, notes.authorUserId)).where(inArray(notes.applicationId, ids)).orderBy(asc(notes.createdAt)),
    none ? [] : db.select().from(applicationTags).where(inArray(applicationTags.applicationId, ids)).orderBy(asc(applicationTags.tag)),
    none ? [] : db.select().from(resumes).where(inArray(resumes.applicationId, ids)).orderBy(asc(resumes.createdAt)),
    none ? [] : db.select({ applicationId: applicationStatusTokens.applicationId, count: sql<number>`count(*)::int` }).from(applicationStatusTokens).where(inArray(applicationStatusTokens.applicationId, ids)).groupBy(applicationStatusTokens.applicationId),
    none ? [] : db.select().from(scheduledInterviews).where(inArray(scheduledInterviews.applicationId, ids)).orderBy(asc(scheduledInterviews.startsAt)),
    none ? [] : db.select().from(offers).where(inArray(offers.applicationId, ids)).orderBy(asc(offers.createdAt)),
  ]);
  const interviewIds = interviews.map((i) => i.id);
  const [interviewers, cards] = await Promise.all([
    interviewIds.length === 0 ? [] : db.select({ interviewId: scheduledInterviewers.scheduledInterviewId, name: users.name }).from(scheduledInterviewers).innerJoin(users, eq(users.id, scheduledInterviewers.userId)).where(inArray(scheduledInterviewers.scheduledInterviewId, interviewIds)),
    // Submitted scorecards only: a draft is the interviewer's unfinished work, not yet a record about the person.
    interviewIds.length === 0 ? [] : db.select({ card: scorecards, interviewer: users.name }).from(scorecards).innerJoin(users, eq(users.id, scorecards.interviewerUserId)).where(inArray(scorecards.scheduledInterviewId, interviewIds)),
  ]);
  const submitted = cards.filter((c) => c.card.status === "submitted");
  const cardIds = submitted.map((c) => c.card.id);
  const ratings = cardIds.length === 0 ? [] : await db.select({ scorecardId: scorecardAttributeRatings.scorecardId, attribute: scheduledInterviewAttributes.label, rating: scorecardAttributeRatings.rating, notes: scorecardAttributeRatings.notes }).from(scorecardAttributeRatings).innerJoin(scheduledInterviewAttributes, eq(scheduledInterviewAttributes.id, scorecardAttributeRatings.attributeId)).where(inArray(scorecardAttributeRatings.scorecardId, cardIds)).orderBy(asc(scheduledInterviewAttributes.position));
  const emails = await db.select().from(outboxMessages).where(sql`lower(${outboxMessages.toAddress}) = ${candidate.email.toLowerCase()}`).orderBy(asc(outboxMessages.createdAt));

  const by = {
    answers: group(answers, (r) => r.applicationId),
    questions: group(questions, (r) => r.applicationId),
    consents: group(consents, (r) => r.applicationId),
    history: group(history, (r) => r.applicationId),
    notes: group(noteRows, (r) => r.applicationId),
    tags: group(tags, (r) => r.applicationId),
    files: group(files, (r) => r.applicationId),
    tokens: group(tokens, (r) => r.applicationId),
    interviews: group(interviews, (r) => r.applicationId),
    offers: group(offerRows, (r) => r.applicationId),
    interviewers: group(interviewers, (r) => r.interviewId),
    cards: group(submitted, (r) => r.card.scheduledInterviewId),
    ratings: group(ratings, (r) => r.scorecardId),
  };

  const document = {
    format: CANDIDATE_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    candidate: { id: candidate.id, email: candidate.email, firstName: candidate.firstName, lastName: candidate.lastName, legalHold: candidate.legalHold, erasedAt: candidate.erasedAt, createdAt: candidate.createdAt, updatedAt: candidate.updatedAt },
    applications: apps.map(({ application: a, requisitionTitle, stageName, stageKind }) => ({
      id: a.id,
      requisition: { id: a.requisitionId, title: requisitionTitle },
      stage: { name: stageName, kind: stageKind },
      appliedAt: a.createdAt,
      updatedAt: a.updatedAt,
      withdrawnAt: a.withdrawnAt,
      source: a.source,
      contact: { phone: a.phone, location: a.location, linkedinUrl: a.linkedinUrl, websiteUrl: a.websiteUrl },
      coverLetter: a.coverLetter,
      qualificationAnswers: by.answers(a.id).map(({ applicationId: _, ...rest }) => rest),
      questionAnswers: by.questions(a.id).map((q) => ({ question: q.questionLabel, answer: q.answer, flagged: q.knockout })),
      consent: by.consents(a.id).map((c) => ({ noticeVersion: c.noticeVersion, consentedAt: c.consentedAt }))[0] ?? null,
      stageHistory: by.history(a.id).map(({ applicationId: _, ...rest }) => rest),
      notes: by.notes(a.id).map(({ applicationId: _, ...rest }) => rest),
      tags: by.tags(a.id).map((t) => t.tag),
      interviews: by.interviews(a.id).map((i) => ({
        title: i.title,
        startsAt: i.startsAt,
        durationMinutes: i.durationMinutes,
        timeZone: i.timeZone,
        location: i.location,
        status: i.status,
        interviewers: by.interviewers(i.id).map((p) => p.name),
        scorecards: by.cards(i.id).map(({ card, interviewer }) => ({
          interviewer,
          overallRecommendation: card.overallRecommendation,
          keyTakeaways: card.keyTakeaways,
          submittedAt: card.submittedAt,
          ratings: by.ratings(card.id).map(({ scorecardId: _, ...rest }) => rest),
        })),
      })),
      offers: by.offers(a.id).map((o) => ({ status: o.status, salary: o.salary, currency: o.currency, payPeriod: o.payPeriod, startDate: o.startDate, notes: o.notes, createdAt: o.createdAt, extendedAt: o.extendedAt, respondedAt: o.respondedAt })),
      statusLinkCount: by.tokens(a.id)[0]?.count ?? 0,
      resumes: by.files(a.id).map((f) => ({ filename: f.filename, contentType: f.contentType, sizeBytes: f.sizeBytes, sha256: f.sha256, uploadedAt: f.createdAt, text: f.text, contentBase64: f.data.toString("base64") })),
    })),
    emails: emails.map((m) => ({ to: m.toAddress, subject: m.subject, text: m.textBody, status: m.status, queuedAt: m.createdAt, sentAt: m.sentAt, attachments: m.attachments.map((f) => ({ filename: f.filename, contentType: f.contentType })) })),
  };
  await writeAudit(db, actor, { action: "candidate.export", targetType: "candidate", targetId: candidateId, details: { applications: ids.length } });
  return { filename: `candidate-${candidateId}.json`, json: JSON.stringify(document, null, 2) };
}

export type CandidateExport = Awaited<ReturnType<typeof exportCandidateData>>;
