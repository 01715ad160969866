import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { resumes } from "@/db/schema";
import { detectResumeKind } from "@/lib/domain/resume-file";
import { extractResumeText } from "@/lib/resumes/extract-text";
import { refreshEvidenceSummary } from "@/lib/services/application-evidence";

/**
 * Reads one stored resume's text and saves it, or marks it "text unavailable" with the reason.
 * Runs after the application's response (and again from the background job for any the process
 * did not finish, e.g. after a restart); running twice for one resume is harmless.
 */
export async function extractResumeTextNow(resumeId: string): Promise<void> {
  const db = getDb();
  const [row] = await db
    .select({ data: resumes.data, status: resumes.textStatus, applicationId: resumes.applicationId })
    .from(resumes)
    .where(eq(resumes.id, resumeId))
    .limit(1);
  if (!row || row.status !== "pending") return;
  const kind = detectResumeKind(new Uint8Array(row.data));
  const result = kind ? await extractResumeText(new Uint8Array(row.data), kind) : ({ status: "unavailable", reason: "not a PDF or Word file" } as const);
  await db
    .update(resumes)
    .set(result.status === "ok" ? { textStatus: "ok", text: result.text, textNote: null } : { textStatus: "unavailable", text: null, textNote: result.reason })
    .where(and(eq(resumes.id, resumeId), eq(resumes.textStatus, "pending")));
  await refreshEvidenceSummary(row.applicationId);
}

/** The background job: resumes still pending a minute after upload, a few at a time. */
export async function extractPendingResumeTexts(limit = 4, now = new Date()): Promise<number> {
  const due = await getDb()
    .select({ id: resumes.id })
    .from(resumes)
    .where(and(eq(resumes.textStatus, "pending"), lt(resumes.createdAt, new Date(now.getTime() - 60_000))))
    .limit(limit);
  for (const { id } of due) await extractResumeTextNow(id);
  return due.length;
}
