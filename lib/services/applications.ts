import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  applicationConsents,
  applicationStatusTokens,
  applications,
  auditLog,
  candidates,
  outboxMessages,
  qualificationAnswers,
  questionAnswers,
  resumes,
  selfIdentifications,
  stageEvents,
} from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { checkQuestionAnswer } from "@/lib/domain/application-questions";
import type { QualificationAnswerValue } from "@/lib/domain/application-types";
import { PRIVACY_NOTICE_VERSION } from "@/lib/domain/privacy-notice";
import { checkResume, resumeContentTypes, safeResumeFilename } from "@/lib/domain/resume-file";
import { normaliseSelfIdentification } from "@/lib/domain/self-identification";
import { getApplicationForm, openFirstStage } from "./application-form";
import { contactSchema, qualificationAnswerSchema, type ContactInput } from "./application-schema";
import { auditRow } from "./audit";
import { RateLimitedError, ValidationError } from "./errors";
import { enqueueEmail, outboxRow } from "./outbox";
import { uploadDiscard } from "./pending-uploads";
import { deferDerivedRows, refreshDerivedRows } from "./derived-rows";
import { applyRateLimits, consumeRateLimits } from "./rate-limits";
import { newSecretToken } from "./secret-tokens";
import { changeNotification } from "./live-events";
import { writeInOneStatement } from "./one-statement";

export interface ApplicationSubmission {
  slug: string;
  /** The form's one-time id: posting the same form twice is one application. */
  submissionId: string;
  contact: ContactInput;
  qualificationAnswers: Record<string, { answer: string | null; evidence: string | null }>;
  questionAnswers: Record<string, string | null>;
  consent: boolean;
  selfIdentification: Partial<Record<string, string>>;
  resume: { filename: string; bytes: Uint8Array; pendingToken?: string } | null;
}

export interface SubmissionContext {
  ip: string | null;
  /** Where the candidate's status links point, e.g. https://careers.example.org. */
  baseUrl: string;
  now?: Date;
}

export type SubmitResult =
  | { status: "created"; applicationId: string; statusToken: string; resumeId: string }
  | { status: "already_applied" }
  | { status: "duplicate_submission" };

/**
 * A candidate applies. Everything — candidate, application, answers, consent, self-identification,
 * resume, stage event, audit row, status link and confirmation email — is written in one
 * transaction, so a crash leaves all or nothing. Every problem with the input is reported at once.
 */
export async function submitApplication(actor: Actor, input: ApplicationSubmission, context: SubmissionContext): Promise<SubmitResult> {
  const now = context.now ?? new Date();
  // The form's questions may come from a cache; whether the job is open now never does.
  const [form, opening] = await Promise.all([getApplicationForm(input.slug), openFirstStage(input.slug)]);
  const fieldErrors: Record<string, string[]> = {};
  const contact = contactSchema.safeParse(input.contact);
  if (!contact.success) Object.assign(fieldErrors, z.flattenError(contact.error).fieldErrors);

  const answers: { qualificationId: string; answer: QualificationAnswerValue; evidence: string | null }[] = [];
  for (const q of [...form.job.requiredQualifications.map((x) => ({ ...x, required: true })), ...form.job.preferredQualifications.map((x) => ({ ...x, required: false }))]) {
    const parsed = qualificationAnswerSchema.safeParse(input.qualificationAnswers[q.id] ?? { answer: null, evidence: "" });
    if (!parsed.success) {
      fieldErrors[`qualification.${q.id}`] = ["Choose Yes, Partly or No, and keep your evidence under 2,000 characters."];
    } else if (parsed.data.answer === null) {
      if (q.required) fieldErrors[`qualification.${q.id}`] = ["Choose Yes, Partly or No."];
    } else {
      answers.push({ qualificationId: q.id, answer: parsed.data.answer, evidence: parsed.data.evidence });
    }
  }
  const asked: { key: string; label: string; answer: string; knockout: boolean }[] = [];
  for (const question of form.questions) {
    const check = checkQuestionAnswer(question, input.questionAnswers[question.key] ?? null);
    if (!check.ok) fieldErrors[`question.${question.key}`] = [check.error];
    else if (check.value !== null) asked.push({ key: question.key, label: question.label, answer: check.value, knockout: check.knockout });
  }
  if (!input.consent) fieldErrors.consent = ["Agree to the privacy notice to apply."];
  const resumeCheck = input.resume ? checkResume(input.resume.bytes) : { ok: false as const, error: "Attach your resume as a PDF or Word (.docx) file." };
  if (!resumeCheck.ok) fieldErrors.resume = [resumeCheck.error];

  if (!contact.success || !resumeCheck.ok || Object.keys(fieldErrors).length > 0 || !input.resume) {
    const count = Object.keys(fieldErrors).length;
    throw new ValidationError(`There ${count === 1 ? "is 1 problem" : `are ${count} problems`} with your application. Check the fields marked below.`, fieldErrors);
  }
  const details = contact.data;
  const resume = input.resume;

  const db = getDb();
  const limit = await consumeRateLimits(db, applyRateLimits(context.ip, details.email), now);
  if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);

  return db.transaction(async (tx) => {
    // The search document (the application, its answers, its evidence) and the stage stays (the
    // application, its first event) are built once at the end (refreshDerivedRows) rather than by
    // the trigger of each of those inserts.
    // A no-op update on conflict returns the existing id in the same round trip; names typed by
    // whoever submits never overwrite an existing candidate's.
    const [, [candidate]] = await Promise.all([
      deferDerivedRows(tx),
      tx
        .insert(candidates)
        .values({ email: details.email, firstName: details.firstName, lastName: details.lastName })
        .onConflictDoUpdate({ target: candidates.email, set: { email: sql`excluded.email` } })
        .returning({ id: candidates.id }),
    ]);
    if (!candidate) throw new Error("candidate upsert returned no row");
    const [application] = await tx
      .insert(applications)
      .values({
        candidateId: candidate.id,
        requisitionId: opening.requisitionId,
        stageId: opening.stageId,
        submissionId: input.submissionId,
        phone: details.phone,
        location: details.location,
        linkedinUrl: details.linkedinUrl,
        websiteUrl: details.websiteUrl,
        coverLetter: details.coverLetter,
        createdAt: now,
        stageEnteredAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: applications.id });
    if (!application) {
      const [replay] = await tx.select({ id: applications.id }).from(applications).where(eq(applications.submissionId, input.submissionId)).limit(1);
      if (replay) return { status: "duplicate_submission" } as const;
      // Whoever typed this address may not own it: the status link goes to the mailbox, never on screen.
      const [existing] = await tx
        .select({ id: applications.id })
        .from(applications)
        .where(and(eq(applications.candidateId, candidate.id), eq(applications.requisitionId, opening.requisitionId)))
        .limit(1);
      if (existing) {
        const { token, hash } = newSecretToken();
        await tx.insert(applicationStatusTokens).values({ tokenHash: hash, applicationId: existing.id, createdAt: now });
        await enqueueEmail(tx, {
          to: details.email,
          subject: `Your application for ${form.job.title}`,
          text: alreadyAppliedText(form.job.title, `${context.baseUrl}/status/${token}`),
        });
      }
      return { status: "already_applied" } as const;
    }

    const buffer = Buffer.from(resume.bytes);
    const { token, hash } = newSecretToken();
    const resumeId = randomUUID();
    const discard = resume.pendingToken ? uploadDiscard(tx, resume.pendingToken) : null;
    const audit = await auditRow(actor, { action: "application.submit", targetType: "application", targetId: application.id, details: { ip: context.ip } });
    const confirmation = outboxRow({
      to: details.email,
      subject: `Your application for ${form.job.title}`,
      text: confirmationText(details.firstName, form.job.title, `${context.baseUrl}/status/${token}`),
    });
    const writes = [
      tx.insert(resumes).values({
        id: resumeId,
        applicationId: application.id,
        filename: safeResumeFilename(resume.filename, resumeCheck.kind),
        contentType: resumeContentTypes[resumeCheck.kind],
        sizeBytes: buffer.byteLength,
        sha256: createHash("sha256").update(buffer).digest("hex"),
        data: buffer,
      }),
      ...(discard ? [discard] : []),
      ...(answers.length ? [tx.insert(qualificationAnswers).values(answers.map((a) => ({ ...a, applicationId: application.id })))] : []),
      ...(asked.length
        ? [tx.insert(questionAnswers).values(asked.map((a) => ({ applicationId: application.id, questionKey: a.key, questionLabel: a.label, answer: a.answer, knockout: a.knockout })))]
        : []),
      tx.insert(applicationConsents).values({ applicationId: application.id, noticeVersion: PRIVACY_NOTICE_VERSION, consentedAt: now }),
      tx.insert(selfIdentifications).values({ ...normaliseSelfIdentification(input.selfIdentification), requisitionId: opening.requisitionId, applicationId: application.id }),
      tx.insert(stageEvents).values({ applicationId: application.id, toStageId: opening.stageId, actorUserId: null, createdAt: now }),
      tx.insert(applicationStatusTokens).values({ tokenHash: hash, applicationId: application.id, createdAt: now }),
      tx.insert(outboxMessages).values(confirmation),
      tx.insert(auditLog).values(audit),
    ];
    const announcement = changeNotification({ kind: "application.created", requisitionId: opening.requisitionId, applicationId: application.id });
    // The independent writes go as one statement: one parse and plan instead of ten. Any failure
    // rolls everything back.
    await writeInOneStatement(tx, writes, announcement);
    // A statement of its own, after the writes have completed: it reads their rows.
    await refreshDerivedRows(tx, application.id);
    return { status: "created", applicationId: application.id, statusToken: token, resumeId } as const;
  });
}

function confirmationText(firstName: string, jobTitle: string, statusUrl: string): string {
  return [
    `Hello ${firstName},`,
    "",
    `Thank you for applying for ${jobTitle}. We have received your application and the hiring team will review it.`,
    "",
    "Follow your application, or withdraw it, on your private status page:",
    statusUrl,
    "",
    "Keep this link to yourself: anyone with it can see and withdraw your application.",
  ].join("\n");
}

function alreadyAppliedText(jobTitle: string, statusUrl: string): string {
  return [
    "Hello,",
    "",
    `Someone, probably you, tried to apply for ${jobTitle} with this email address. You have already applied, so we did not create a second application.`,
    "",
    "Your private status page:",
    statusUrl,
    "",
    "If this was not you, you can ignore this message.",
  ].join("\n");
}
