import "server-only";
import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { applications, candidates, requisitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { normalizeLinkedinUrl, normalizePhone } from "@/lib/domain/contact-normalize";
import { seesAllRequisitions } from "@/lib/domain/permissions";
import { loadVisibleApplication } from "./application-profile";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { publishChange } from "./live-events";

export interface DuplicateCandidate {
  candidateId: string;
  name: string;
  email: string;
  matchedOn: ("phone" | "linkedin")[];
}

/**
 * Other candidates who gave the same phone number or LinkedIn profile on any application. Candidates
 * are already unique by email, so these are the same person under another address. Only admins and
 * recruiters get answers: they see every requisition and are the ones who may merge.
 */
export async function findDuplicateCandidates(actor: Actor, applicationId: string): Promise<DuplicateCandidate[]> {
  const db = getDb();
  const { row } = await loadVisibleApplication(db, actor, applicationId);
  if (!seesAllRequisitions(actor)) return [];
  const own = await db.select({ phone: applications.phone, linkedinUrl: applications.linkedinUrl }).from(applications).where(eq(applications.candidateId, row.candidateId));
  const phones = [...new Set(own.flatMap((a) => normalizePhone(a.phone) ?? []))];
  const profiles = [...new Set(own.flatMap((a) => normalizeLinkedinUrl(a.linkedinUrl) ?? []))];
  if (phones.length === 0 && profiles.length === 0) return [];
  // SQL narrows the search; the domain normalizers decide, so both sides are compared the same way.
  const phoneDigits = sql`regexp_replace(${applications.phone}, '\\D', '', 'g')`;
  const conditions = [
    ...(phones.length > 0 ? [inArray(phoneDigits, phones)] : []),
    ...profiles.map((p) => sql`strpos(lower(${applications.linkedinUrl}), ${p.slice("linkedin.com".length)}) > 0`),
  ];
  const rows = await db
    .select({ candidateId: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName, email: candidates.email, phone: applications.phone, linkedinUrl: applications.linkedinUrl })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(ne(applications.candidateId, row.candidateId), or(...conditions)))
    .orderBy(asc(candidates.createdAt))
    .limit(200);
  const found = new Map<string, DuplicateCandidate>();
  for (const r of rows) {
    const matchedOn: DuplicateCandidate["matchedOn"] = [];
    const phone = normalizePhone(r.phone);
    const profile = normalizeLinkedinUrl(r.linkedinUrl);
    if (phone && phones.includes(phone)) matchedOn.push("phone");
    if (profile && profiles.includes(profile)) matchedOn.push("linkedin");
    if (matchedOn.length === 0) continue;
    const entry = found.get(r.candidateId) ?? { candidateId: r.candidateId, name: `${r.firstName} ${r.lastName}`, email: r.email, matchedOn: [] };
    entry.matchedOn = [...new Set([...entry.matchedOn, ...matchedOn])];
    found.set(r.candidateId, entry);
  }
  return [...found.values()];
}

export const mergeCandidatesSchema = z
  .strictObject({ keepCandidateId: z.uuid(), mergeCandidateId: z.uuid() })
  .refine((v) => v.keepCandidateId !== v.mergeCandidateId, { message: "A candidate cannot be merged into itself.", path: ["mergeCandidateId"] });

/**
 * Moves every application of one candidate to another and deletes the emptied candidate row; the
 * histories live on the applications and travel with them, and the audit row keeps the merged
 * identity. A candidate has at most one application per requisition, so when both applied to the
 * same job the merge is refused rather than dropping or rewriting either application.
 */
export async function mergeCandidates(actor: Actor, input: z.input<typeof mergeCandidatesSchema>) {
  if (!seesAllRequisitions(actor)) throw new NotFoundError("That candidate");
  const parsed = mergeCandidatesSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The candidates could not be merged.", z.flattenError(parsed.error).fieldErrors);
  const { keepCandidateId, mergeCandidateId } = parsed.data;
  return getDb().transaction(async (tx) => {
    // Locked in id order so two merges of the same pair cannot deadlock.
    const locked = await tx
      .select()
      .from(candidates)
      .where(inArray(candidates.id, [keepCandidateId, mergeCandidateId]))
      .orderBy(asc(candidates.id))
      .for("update");
    const keep = locked.find((c) => c.id === keepCandidateId);
    const merged = locked.find((c) => c.id === mergeCandidateId);
    if (!keep || !merged) throw new NotFoundError("That candidate");
    const shared = await tx
      .selectDistinct({ title: requisitions.title })
      .from(applications)
      .innerJoin(requisitions, eq(requisitions.id, applications.requisitionId))
      .where(
        and(
          eq(applications.candidateId, mergeCandidateId),
          inArray(applications.requisitionId, tx.select({ id: applications.requisitionId }).from(applications).where(eq(applications.candidateId, keepCandidateId))),
        ),
      );
    if (shared.length > 0) {
      throw new ConflictError(
        `Both candidates applied to ${shared.map((s) => s.title).join(", ")}. A candidate has one application per job, so they were not merged; reject or withdraw one of those applications first.`,
      );
    }
    const moved = await tx
      .update(applications)
      .set({ candidateId: keepCandidateId, updatedAt: sql`now()` })
      .where(eq(applications.candidateId, mergeCandidateId))
      .returning({ id: applications.id, requisitionId: applications.requisitionId });
    await tx.delete(candidates).where(eq(candidates.id, mergeCandidateId));
    await tx.update(candidates).set({ updatedAt: sql`now()` }).where(eq(candidates.id, keepCandidateId));
    await writeAudit(tx, actor, {
      action: "candidate.merge",
      targetType: "candidate",
      targetId: keepCandidateId,
      details: { keptCandidateId: keepCandidateId, mergedFrom: mergeCandidateId, mergedEmail: merged.email, mergedName: `${merged.firstName} ${merged.lastName}`, applicationIds: moved.map((m) => m.id) },
    });
    for (const m of moved) await publishChange(tx, { kind: "application.updated", requisitionId: m.requisitionId, applicationId: m.id });
    return { keptCandidateId: keepCandidateId, movedApplicationIds: moved.map((m) => m.id) };
  });
}
