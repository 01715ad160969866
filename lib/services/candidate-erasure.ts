import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import {
  applicationSearchDocuments,
  applicationStatusTokens,
  applications,
  candidates,
  erasureTombstones,
  notes,
  offers,
  outboxMessages,
  qualificationAnswers,
  questionAnswers,
  rateLimitHits,
  resumes,
  scheduledInterviews,
  scorecardAmendments,
  scorecardAttributeRatings,
  scorecards,
  selfIdentifications,
  stageEvents,
} from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canManagePrivacy } from "@/lib/domain/privacy-permissions";
import { writeAudit } from "./audit";
import { erasureEmailHash } from "./erasure-hash";
import { ConflictError, NotFoundError } from "./errors";
import { publishChange } from "./live-events";
import { redactJson, redactText, redactionPattern, stripFreeText } from "./erasure-redaction";

export type ErasureCause = "request" | "retention";

export const ERASED_FIRST_NAME = "Erased";
export const ERASED_LAST_NAME = "candidate";
/** Unique (candidates.email is) and undeliverable by construction (.invalid, RFC 2606). */
export const erasedEmail = (candidateId: string) => `erased-${candidateId}@erased.invalid`;

export interface ErasureResult {
  candidateId: string;
  status: "erased" | "already_erased";
  applicationCount: number;
}

export interface EraseOptions {
  now?: Date;
  /** Re-applying a tombstone after a backup restore: the erasure already happened once, a hold restored with the backup does not stop it. */
  reapply?: boolean;
}

/**
 * Anonymises one person in one transaction (docs/privacy.md): their contact details become
 * placeholders; résumés, answers, self-identification, notes, status links, email to them and their
 * search entries are deleted; free text elsewhere that names them is redacted. Applications, stage
 * history, consents and scorecard ratings stay, so the anonymous statistics still add up. A tombstone
 * (candidate id and keyed email hash) lets the erasure be re-applied after restoring a backup.
 */
export async function eraseCandidate(actor: Actor, candidateId: string, cause: ErasureCause, options: EraseOptions = {}): Promise<ErasureResult> {
  if (!canManagePrivacy(actor) || !z.uuid().safeParse(candidateId).success) throw new NotFoundError("That candidate");
  return getDb().transaction((tx) => eraseCandidateIn(tx, actor, candidateId, cause, options));
}

async function eraseCandidateIn(tx: Executor, actor: Actor, candidateId: string, cause: ErasureCause, options: EraseOptions): Promise<ErasureResult> {
  const now = options.now ?? new Date();
  const [candidate] = await tx.select().from(candidates).where(eq(candidates.id, candidateId)).for("update");
  if (!candidate) throw new NotFoundError("That candidate");
  const appRows = await tx.select({ id: applications.id, requisitionId: applications.requisitionId }).from(applications).where(eq(applications.candidateId, candidateId));
  const appIds = appRows.map((a) => a.id);
  if (candidate.erasedAt && !options.reapply) return { candidateId, status: "already_erased", applicationCount: appIds.length };
  if (candidate.legalHold && !options.reapply) throw new ConflictError("This candidate is under legal hold. Lift the hold before erasing their data.");

  const email = candidate.email.toLowerCase();
  // A candidate merged into this one kept its old address only in the merge's audit row: it is theirs too.
  const merged = await tx.execute<{ email: string }>(sql`select distinct lower(details->>'mergedEmail') as email from audit_log
    where action = 'candidate.merge' and target_id = ${candidateId}::uuid and details->>'mergedEmail' is not null`);
  const emails = [...new Set([email, ...merged.map((m) => m.email)])];
  const terms = [...emails, `${candidate.firstName} ${candidate.lastName}`];
  const pattern = redactionPattern(terms);
  const jsonPattern = redactionPattern(terms, "json");
  const emailHashes = emails.map((e) => erasureEmailHash(e));

  if (appIds.length > 0) {
    await tx
      .update(applications)
      .set({ phone: null, location: null, linkedinUrl: null, websiteUrl: null, coverLetter: null, updatedAt: now })
      .where(eq(applications.candidateId, candidateId));
    await tx.delete(resumes).where(inArray(resumes.applicationId, appIds));
    await tx.update(qualificationAnswers).set({ evidence: null }).where(and(inArray(qualificationAnswers.applicationId, appIds), isNotNull(qualificationAnswers.evidence)));
    await tx.delete(questionAnswers).where(inArray(questionAnswers.applicationId, appIds));
    await tx.delete(selfIdentifications).where(inArray(selfIdentifications.applicationId, appIds));
    // Every note on their applications is about them; mentions go with the notes (cascade).
    await tx.delete(notes).where(inArray(notes.applicationId, appIds));
    await tx.delete(applicationStatusTokens).where(inArray(applicationStatusTokens.applicationId, appIds));
    await tx.update(stageEvents).set({ reason: redactText(stageEvents.reason, pattern) }).where(and(inArray(stageEvents.applicationId, appIds), sql`${stageEvents.reason} ~* ${pattern}`));
    await tx.update(offers).set({ notes: "", exceptionReason: redactText(offers.exceptionReason, pattern) }).where(inArray(offers.applicationId, appIds));
    await eraseInterviewText(tx, appIds, pattern);
    // What the candidate did themselves (applying, withdrawing) was logged with their address: it goes.
    await tx.execute(sql`update audit_log set ip_address = null, details = details - 'ip'
      where actor_user_id is null and details->>'actorKind' = 'anonymous' and target_id in (${sql.join(
        appIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`);
  }

  // Email to them goes, sent or not; email to teammates that names them is kept without the name.
  await tx.delete(outboxMessages).where(inArray(sql`lower(${outboxMessages.toAddress})`, emails));
  await tx
    .update(outboxMessages)
    .set({
      subject: redactText(outboxMessages.subject, pattern),
      textBody: redactText(outboxMessages.textBody, pattern),
      raw: redactText(outboxMessages.raw, pattern),
      lastError: redactText(outboxMessages.lastError, pattern),
      // Calendar invites name the candidate inside base64: dropped rather than decoded and edited.
      attachments: [],
    })
    .where(sql`${outboxMessages.subject} ~* ${pattern} or ${outboxMessages.textBody} ~* ${pattern} or ${outboxMessages.raw} ~* ${pattern}`);
  await tx.delete(rateLimitHits).where(inArray(rateLimitHits.key, emails.map((e) => `apply:email:${e}`)));
  // A résumé left behind by a form that failed has no link to anyone: found by its bytes (best effort; they expire within a day).
  await tx.execute(sql`delete from pending_uploads where position(convert_to(${email}, 'UTF8') in data) > 0
    or position(convert_to(${`${candidate.firstName} ${candidate.lastName}`}, 'UTF8') in data) > 0`);
  // Notes on other people's applications that name them: the sentence stays, the name does not.
  await tx.update(notes).set({ body: redactText(notes.body, pattern) }).where(sql`${notes.body} ~* ${pattern}`);
  // The audit log is append-only except for this: an erased person's name or address in its details.
  await tx.execute(sql`update audit_log set details = ${redactJson(sql`details`, jsonPattern)} where details::text ~* ${jsonPattern}`);

  await tx
    .update(candidates)
    .set({ email: erasedEmail(candidateId), firstName: ERASED_FIRST_NAME, lastName: ERASED_LAST_NAME, legalHold: false, erasedAt: now, updatedAt: now })
    .where(eq(candidates.id, candidateId));
  // Last: the triggers above rewrote the documents with placeholders; the entries themselves go.
  if (appIds.length > 0) await tx.delete(applicationSearchDocuments).where(inArray(applicationSearchDocuments.applicationId, appIds));

  // One tombstone per address they used, so a restored copy under any of them is found again.
  const known = new Set((await tx.select({ emailHash: erasureTombstones.emailHash }).from(erasureTombstones).where(eq(erasureTombstones.candidateId, candidateId))).map((t) => t.emailHash));
  const fresh = emailHashes.filter((hash) => !known.has(hash));
  if (fresh.length > 0) {
    await tx.insert(erasureTombstones).values(fresh.map((emailHash) => ({ candidateId, emailHash, cause, actorUserId: actor.kind === "user" ? actor.id : null, erasedAt: now })));
  }
  await writeAudit(tx, actor, {
    action: options.reapply ? "candidate.erase.reapply" : "candidate.erase",
    targetType: "candidate",
    targetId: candidateId,
    details: { cause, applicationIds: appIds },
  });
  for (const app of appRows) await publishChange(tx, { kind: "application.updated", requisitionId: app.requisitionId, applicationId: app.id });
  return { candidateId, status: "erased", applicationCount: appIds.length };
}

/**
 * Scorecards keep their ratings and recommendation (what was decided, by whom) and lose their free
 * text: takeaways and per-attribute notes describe the person and routinely name them.
 */
async function eraseInterviewText(tx: Executor, appIds: string[], pattern: string) {
  const interviewIds = tx.select({ id: scheduledInterviews.id }).from(scheduledInterviews).where(inArray(scheduledInterviews.applicationId, appIds));
  const cardIds = tx.select({ id: scorecards.id }).from(scorecards).where(inArray(scorecards.scheduledInterviewId, interviewIds));
  await tx
    .update(scheduledInterviews)
    .set({ title: redactText(scheduledInterviews.title, pattern), location: redactText(scheduledInterviews.location, pattern) })
    .where(inArray(scheduledInterviews.applicationId, appIds));
  await tx.update(scorecards).set({ keyTakeaways: "" }).where(inArray(scorecards.id, cardIds));
  await tx.update(scorecardAttributeRatings).set({ notes: "" }).where(inArray(scorecardAttributeRatings.scorecardId, cardIds));
  const amendments = await tx
    .select({ id: scorecardAmendments.id, previous: scorecardAmendments.previous })
    .from(scorecardAmendments)
    .where(inArray(scorecardAmendments.scorecardId, cardIds));
  for (const amendment of amendments) {
    await tx
      .update(scorecardAmendments)
      .set({ previous: stripFreeText(amendment.previous) as Record<string, unknown>, reason: redactText(scorecardAmendments.reason, pattern) })
      .where(eq(scorecardAmendments.id, amendment.id));
  }
}
