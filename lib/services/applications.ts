import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { applications, candidates, requisitions, resumes, stageEvents, stages } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { checkResume, resumeContentTypes, safeResumeFilename } from "@/lib/domain/resume-file";
import { writeAudit } from "./audit";
import { NotFoundError, ValidationError } from "./errors";

export const applicationFieldsSchema = z.strictObject({
  firstName: z.string().trim().min(1, "Enter your first name.").max(100, "Use at most 100 characters."),
  lastName: z.string().trim().min(1, "Enter your last name.").max(100, "Use at most 100 characters."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters.")
    .pipe(z.email({ message: "Enter a valid email address, like name@example.com." })),
});
export type ApplicationFields = z.infer<typeof applicationFieldsSchema>;

export interface UploadedResume {
  filename: string;
  bytes: Uint8Array;
}

export type SubmitResult = { status: "created"; applicationId: string } | { status: "already_applied" };

/**
 * A candidate applies to an open requisition. Candidate, application, resume, stage event and
 * audit row are written in one transaction; the same email applying twice to one requisition
 * creates nothing new (the unique index settles races between concurrent submissions).
 */
export async function submitApplication(actor: Actor, slug: string, fields: ApplicationFields, resume: UploadedResume): Promise<SubmitResult> {
  const parsed = applicationFieldsSchema.safeParse(fields);
  const resumeCheck = checkResume(resume.bytes);
  if (!parsed.success || !resumeCheck.ok) {
    // Every problem at once, so the candidate fixes them in one pass.
    const fieldErrors: Record<string, string[]> = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
    if (!resumeCheck.ok) fieldErrors.resume = [resumeCheck.error];
    const count = Object.keys(fieldErrors).length;
    throw new ValidationError(`There ${count === 1 ? "is a problem" : `are ${count} problems`} with your application. Check the fields marked below.`, fieldErrors);
  }

  const db = getDb();
  const [job] = await db
    .select({ id: requisitions.id })
    .from(requisitions)
    .where(and(eq(requisitions.slug, slug), eq(requisitions.status, "open")))
    .limit(1);
  if (!job) throw new NotFoundError("That job");
  const [firstStage] = await db
    .select({ id: stages.id })
    .from(stages)
    .where(and(eq(stages.requisitionId, job.id), eq(stages.kind, "active"), isNull(stages.archivedAt)))
    .orderBy(asc(stages.position))
    .limit(1);
  if (!firstStage) throw new Error(`requisition ${job.id} has no active stage`);

  const { email, firstName, lastName } = parsed.data;
  return db.transaction(async (tx) => {
    await tx.insert(candidates).values({ email, firstName, lastName }).onConflictDoNothing({ target: candidates.email });
    const [candidate] = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.email, email)).limit(1);
    if (!candidate) throw new Error("candidate vanished inside its own transaction");
    const [application] = await tx
      .insert(applications)
      .values({ candidateId: candidate.id, requisitionId: job.id, stageId: firstStage.id })
      .onConflictDoNothing({ target: [applications.candidateId, applications.requisitionId] })
      .returning({ id: applications.id });
    if (!application) return { status: "already_applied" } as const;

    const buffer = Buffer.from(resume.bytes);
    await tx.insert(resumes).values({
      applicationId: application.id,
      filename: safeResumeFilename(resume.filename, resumeCheck.kind),
      contentType: resumeContentTypes[resumeCheck.kind],
      sizeBytes: buffer.byteLength,
      sha256: createHash("sha256").update(buffer).digest("hex"),
      data: buffer,
    });
    await tx.insert(stageEvents).values({ applicationId: application.id, toStageId: firstStage.id, actorUserId: null });
    await writeAudit(tx, actor, { action: "application.submit", targetType: "application", targetId: application.id });
    return { status: "created", applicationId: application.id } as const;
  });
}
