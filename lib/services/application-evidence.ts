import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { applications, qualificationAnswers, qualifications, questionAnswers, resumes } from "@/db/schema";
import { assessQualification, type QualificationAssessment } from "@/lib/domain/evidence/assess-qualification";
import { scanText } from "@/lib/domain/evidence/scan-text";
import { requiredMetSortKey, summariseEvidence, type EvidenceSummary } from "@/lib/domain/evidence/summarise-evidence";

export interface ApplicationEvidence {
  assessments: QualificationAssessment[];
  summary: EvidenceSummary;
  resumeText: { status: "pending" | "ok" | "unavailable"; note: string | null };
  answers: { key: string; label: string; answer: string; knockout: boolean }[];
}

/**
 * The per-qualification evidence for one application: the current qualifications, plus archived
 * ones the candidate answered (their answers outlive an edit of the posting). Callers authorise.
 */
export async function loadApplicationEvidence(db: Executor, application: { id: string; requisitionId: string }): Promise<ApplicationEvidence> {
  const [quals, [resume], asked] = await Promise.all([
    db
      .select({
        id: qualifications.id,
        kind: qualifications.kind,
        text: qualifications.text,
        archivedAt: qualifications.archivedAt,
        answer: qualificationAnswers.answer,
        evidence: qualificationAnswers.evidence,
      })
      .from(qualifications)
      .leftJoin(qualificationAnswers, and(eq(qualificationAnswers.qualificationId, qualifications.id), eq(qualificationAnswers.applicationId, application.id)))
      .where(eq(qualifications.requisitionId, application.requisitionId))
      .orderBy(asc(qualifications.kind), asc(qualifications.position)),
    db
      .select({ status: resumes.textStatus, text: resumes.text, note: resumes.textNote })
      .from(resumes)
      .where(eq(resumes.applicationId, application.id))
      .orderBy(desc(resumes.createdAt))
      .limit(1),
    db
      .select({ key: questionAnswers.questionKey, label: questionAnswers.questionLabel, answer: questionAnswers.answer, knockout: questionAnswers.knockout })
      .from(questionAnswers)
      .where(eq(questionAnswers.applicationId, application.id)),
  ]);
  // The resume is scanned once and shared by every qualification's assessment.
  const scanned = resume?.status === "ok" && resume.text ? scanText(resume.text) : null;
  const assessments = quals
    .filter((q) => q.archivedAt === null || q.answer !== null)
    .map((q) => assessQualification({ qualification: { id: q.id, kind: q.kind, text: q.text }, answer: q.answer, evidence: q.evidence, resumeText: scanned }));
  const summary = summariseEvidence(
    assessments,
    asked.map((a) => ({ question: a.label, failed: a.knockout })),
  );
  return { assessments, summary, resumeText: { status: resume?.status ?? "unavailable", note: resume?.note ?? null }, answers: asked };
}

/** Stores the summary the board sorts by. Called when an application arrives and when its resume is read. */
export async function refreshEvidenceSummary(applicationId: string): Promise<void> {
  const db = getDb();
  const [application] = await db.select({ id: applications.id, requisitionId: applications.requisitionId }).from(applications).where(eq(applications.id, applicationId)).limit(1);
  if (!application) return;
  const { summary } = await loadApplicationEvidence(db, application);
  await db
    .update(applications)
    .set({
      requiredMet: summary.required.met,
      preferredMet: summary.preferred.met,
      evidenceSortKey: requiredMetSortKey(summary),
      knockoutFlags: summary.knockoutFlags.length,
    })
    .where(eq(applications.id, applicationId));
}
