import { randomUUID } from "node:crypto";
import { APPLICANT_DATA_RETENTION_DAYS } from "@/lib/domain/privacy-notice";
import { getApplicationForm } from "@/lib/services/application-form";
import { ApplyFormClient } from "./apply-form-client";

/**
 * The apply form of an open job, with its questions (kept per process until a recruiter edits
 * them: lib/services/application-form.ts) and a new submission id, so that posting this form
 * twice makes one application.
 */
export async function ApplyForm({ slug }: { slug: string }) {
  const form = await getApplicationForm(slug);
  return (
    <ApplyFormClient
      slug={form.job.slug}
      submissionId={randomUUID()}
      required={form.job.requiredQualifications}
      preferred={form.job.preferredQualifications}
      questions={form.questions}
      retentionDays={APPLICANT_DATA_RETENTION_DAYS}
    />
  );
}
