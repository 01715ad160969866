import "server-only";
import { and, eq, gt, lt } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { pendingUploads } from "@/db/schema";
import type { ResumeKind } from "@/lib/domain/resume-file";
import { hashSecretToken, looksLikeSecretToken, newSecretToken } from "./secret-tokens";

const KEEP_FOR_MS = 24 * 60 * 60 * 1000;

export interface PendingUpload {
  filename: string;
  kind: ResumeKind;
  bytes: Uint8Array;
}

/**
 * Keeps a valid resume from a form that failed on other fields, so the candidate does not lose it.
 * The token goes back in the form; whoever holds it can only attach the file to an application.
 */
export async function stashUpload(upload: PendingUpload, now = new Date()): Promise<string> {
  const { token, hash } = newSecretToken();
  const db = getDb();
  await db.delete(pendingUploads).where(lt(pendingUploads.expiresAt, now));
  await db.insert(pendingUploads).values({
    tokenHash: hash,
    filename: upload.filename,
    kind: upload.kind,
    data: Buffer.from(upload.bytes),
    expiresAt: new Date(now.getTime() + KEEP_FOR_MS),
  });
  return token;
}

export async function findUpload(token: string, now = new Date()): Promise<PendingUpload | null> {
  if (!looksLikeSecretToken(token)) return null;
  const [row] = await getDb()
    .select()
    .from(pendingUploads)
    .where(and(eq(pendingUploads.tokenHash, hashSecretToken(token)), gt(pendingUploads.expiresAt, now)))
    .limit(1);
  return row ? { filename: row.filename, kind: row.kind as ResumeKind, bytes: new Uint8Array(row.data) } : null;
}

/**
 * The delete that discards a stashed upload, unsent, or null for a token that cannot be one: sent
 * in the application's transaction, so the stashed copy is gone once the application holds it.
 */
export function uploadDiscard(tx: Executor, token: string) {
  return looksLikeSecretToken(token) ? tx.delete(pendingUploads).where(eq(pendingUploads.tokenHash, hashSecretToken(token))) : null;
}
