import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { applications, candidates } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canManagePrivacy } from "@/lib/domain/privacy-permissions";
import { NotFoundError } from "./errors";

export interface CandidatePrivacyStatus {
  candidateId: string;
  name: string;
  legalHold: boolean;
  erasedAt: Date | null;
  applicationCount: number;
}

/** What the privacy page shows about one candidate. Admins only; others get not-found. */
export async function getCandidatePrivacyStatus(actor: Actor, candidateId: string): Promise<CandidatePrivacyStatus> {
  if (!canManagePrivacy(actor) || !z.uuid().safeParse(candidateId).success) throw new NotFoundError("That candidate");
  const db = getDb();
  const [[row], [count]] = await Promise.all([
    db.select().from(candidates).where(eq(candidates.id, candidateId)),
    db.select({ n: sql<number>`count(*)::int` }).from(applications).where(eq(applications.candidateId, candidateId)),
  ]);
  if (!row) throw new NotFoundError("That candidate");
  return { candidateId: row.id, name: `${row.firstName} ${row.lastName}`, legalHold: row.legalHold, erasedAt: row.erasedAt, applicationCount: count?.n ?? 0 };
}

/** The same, found from one of their applications, for the application page's side panel; null for anyone but admins. */
export async function findCandidatePrivacyStatus(actor: Actor, applicationId: string): Promise<CandidatePrivacyStatus | null> {
  if (!canManagePrivacy(actor) || !z.uuid().safeParse(applicationId).success) return null;
  const [row] = await getDb().select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, applicationId));
  return row ? getCandidatePrivacyStatus(actor, row.candidateId) : null;
}
