import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { resumes } from "@/db/schema";
import { detectResumeKind } from "@/lib/domain/resume-file";
import { extractResumeText } from "@/lib/resumes/extract-text";
import { refreshEvidenceSummary } from "@/lib/services/application-evidence";

/**
 * Reads one stored resume's text and saves it, or marks it "text unavailable" with the reason, then
 * refreshes the application's evidence summary. Running twice for one resume is harmless.
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

/**
 * The background job: pending resumes, oldest first, a few per tick. Extraction never runs on the
 * candidate's request, and at most this many at once, so a burst of applications cannot starve
 * the web server of CPU; the backlog drains between bursts.
 */
export async function extractPendingResumeTexts(limit = 2): Promise<number> {
  const due = await getDb()
    .select({ id: resumes.id })
    .from(resumes)
    .where(eq(resumes.textStatus, "pending"))
    .orderBy(asc(resumes.createdAt))
    .limit(limit);
  for (const { id } of due) await extractResumeTextNow(id);
  return due.length;
}
