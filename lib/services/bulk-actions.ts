import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { candidates, requisitions } from "@/db/schema";
import { fillEmailTemplate } from "@/lib/domain/email-template";
import type { Actor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { loadMovableApplication, moveInTransaction } from "./pipeline";
import { rejectApplication } from "./rejections";
import { addTags } from "./tags";
import { writeAudit } from "./audit";
import { enqueueEmail } from "./outbox";

const itemsSchema = z
  .array(z.strictObject({ applicationId: z.uuid(), expectedVersion: z.coerce.number().int().positive() }))
  .min(1, "Select at least one candidate.")
  .max(200, "Select at most 200 candidates at a time.");
export type BulkItem = z.input<typeof itemsSchema>[number];

export type BulkOutcome = { applicationId: string; ok: true } | { applicationId: string; ok: false; error: string };

function parseItems(items: unknown): z.output<typeof itemsSchema> {
  const parsed = itemsSchema.safeParse(items);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Select candidates.");
  return parsed.data;
}

/**
 * Runs the same change for each selected card, each in its own transaction with its own version
 * check, so one stale or forbidden card is reported without undoing the others. Unexpected
 * errors still propagate.
 */
async function forEachCard(items: z.output<typeof itemsSchema>, run: (item: z.output<typeof itemsSchema>[number]) => Promise<unknown>): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const item of items) {
    try {
      await run(item);
      outcomes.push({ applicationId: item.applicationId, ok: true });
    } catch (error) {
      if (!(error instanceof ConflictError || error instanceof ValidationError || error instanceof NotFoundError)) throw error;
      outcomes.push({ applicationId: item.applicationId, ok: false, error: error.message });
    }
  }
  return outcomes;
}

export async function bulkMoveApplications(actor: Actor, input: { items: BulkItem[]; toStageId: string }, now = new Date()) {
  const items = parseItems(input.items);
  if (!z.uuid().safeParse(input.toStageId).success) throw new ValidationError("Choose a stage.");
  return forEachCard(items, async ({ applicationId, expectedVersion }) => {
    const { row, access } = await loadMovableApplication(actor, applicationId);
    await getDb().transaction((tx) =>
      moveInTransaction(tx, actor, { applicationId, requisitionId: row.requisitionId, access, to: input.toStageId, expectedVersion, reason: null }, now),
    );
  });
}

export async function bulkRejectApplications(actor: Actor, input: { items: BulkItem[]; reasonId: string; sendEmail: boolean; note?: string }, now = new Date()) {
  const items = parseItems(input.items);
  return forEachCard(items, ({ applicationId, expectedVersion }) =>
    rejectApplication(actor, { applicationId, expectedVersion, reasonId: input.reasonId, sendEmail: input.sendEmail, note: input.note }, now),
  );
}

/** Tagging is the profile's tag service; the board only passes the selection on. All or nothing. */
export async function bulkTagApplications(actor: Actor, input: { applicationIds: string[]; tag: string }) {
  return addTags(actor, input.applicationIds, [input.tag]);
}

const bulkEmailSchema = z.strictObject({
  subject: z.string().trim().min(1, "Write a subject.").max(200, "Keep the subject under 200 characters."),
  body: z.string().trim().min(1, "Write the message.").max(10_000, "Keep the message under 10,000 characters."),
});

/**
 * Emails each selected candidate through the outbox, with {firstName} and {jobTitle} filled in per
 * candidate. Each card on its own, like the other bulk actions; the hiring team only.
 */
export async function bulkEmailCandidates(actor: Actor, input: { items: BulkItem[]; subject: string; body: string }) {
  const items = parseItems(input.items);
  const parsed = bulkEmailSchema.safeParse({ subject: input.subject, body: input.body });
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Write the email.", z.flattenError(parsed.error).fieldErrors);
  const { subject, body } = parsed.data;
  return forEachCard(items, async ({ applicationId }) => {
    const { row } = await loadMovableApplication(actor, applicationId);
    await getDb().transaction(async (tx) => {
      const [candidate] = await tx.select({ email: candidates.email, firstName: candidates.firstName }).from(candidates).where(eq(candidates.id, row.candidateId));
      const [job] = await tx.select({ title: requisitions.title }).from(requisitions).where(eq(requisitions.id, row.requisitionId));
      if (!candidate || !job) throw new NotFoundError("That application");
      const values = { firstName: candidate.firstName, jobTitle: job.title };
      // Subjects are one line: a candidate's name with a line break must not split the header.
      const filledSubject = fillEmailTemplate(subject, values).replace(/[\r\n]+/g, " ");
      const message = await enqueueEmail(tx, { to: candidate.email, subject: filledSubject, text: fillEmailTemplate(body, values) });
      await writeAudit(tx, actor, { action: "application.email", targetType: "application", targetId: applicationId, details: { outboxMessageId: message.id } });
    });
  });
}
