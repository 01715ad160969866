"use server";

import { redirect } from "next/navigation";
import { getBaseUrl } from "@/lib/app/base-url";
import { anonymousActor } from "@/lib/domain/actor";
import { selfIdentificationQuestions } from "@/lib/domain/self-identification";
import { readUploadedResume } from "@/lib/resumes/intake";
import { submitApplication, type ApplicationSubmission } from "@/lib/services/applications";
import { NotFoundError, RateLimitedError, ValidationError } from "@/lib/services/errors";
import { findUpload, stashUpload } from "@/lib/services/pending-uploads";
import { applyFieldNames, readAnswerFields, type ApplyFormState } from "./apply-form-state";
import { clientAddress } from "./client-address";

const CONTACT_FIELDS = ["firstName", "lastName", "email", "phone", "location", "linkedinUrl", "websiteUrl", "coverLetter"] as const;
// Bots fill every field they find; people never see this one.
const HONEYPOT_FIELD = "nickname";

export async function submitApplicationAction(prev: ApplyFormState, formData: FormData): Promise<ApplyFormState> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const slug = text("slug");
  if (text(HONEYPOT_FIELD)) redirect(`/jobs/${encodeURIComponent(slug)}/applied`);

  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (typeof value === "string" && !name.startsWith("$")) values[name] = value;

  // A newly chosen file replaces one kept from an earlier attempt.
  const file = formData.get("resume");
  const chosen = file instanceof File && file.size > 0;
  const upload = chosen ? await readUploadedResume(file) : null;
  const kept = !chosen && text("resumeToken") ? await findUpload(text("resumeToken")) : null;
  const resume = upload?.ok
    ? { filename: upload.filename, bytes: upload.bytes }
    : kept
      ? { filename: kept.filename, bytes: kept.bytes, pendingToken: text("resumeToken") }
      : null;

  // Every answer field posted, by id: the service reads the form's questions once, takes the
  // answers to them and ignores the rest.
  const { qualificationAnswers, questionAnswers } = readAnswerFields(formData);
  const selfIdentification: Record<string, string> = {};
  for (const q of selfIdentificationQuestions) selfIdentification[q.key] = text(applyFieldNames.selfId(q.key));
  const contact = Object.fromEntries(CONTACT_FIELDS.map((name) => [name, text(name)])) as ApplicationSubmission["contact"];

  let outcome;
  try {
    outcome = await submitApplication(
      anonymousActor,
      {
        slug,
        submissionId: /^[0-9a-f-]{36}$/i.test(text("submissionId")) ? text("submissionId") : prev.submissionId,
        contact,
        qualificationAnswers,
        questionAnswers,
        consent: text("consent") === "yes",
        selfIdentification,
        // An unreadable new file is reported as such, even when an older one is kept.
        resume: upload && !upload.ok ? null : resume,
      },
      { ip: await clientAddress(), baseUrl: await getBaseUrl() },
    );
  } catch (error) {
    if (error instanceof ValidationError) {
      const fieldErrors = { ...error.fieldErrors, ...(upload && !upload.ok ? { resume: [upload.error] } : {}) };
      const keptResume = upload?.ok
        ? { token: await stashUpload({ filename: upload.filename, kind: upload.kind, bytes: upload.bytes }), filename: upload.filename }
        : kept
          ? { token: text("resumeToken"), filename: kept.filename }
          : null;
      return { ...prev, error: error.message, fieldErrors, values, resume: keptResume };
    }
    if (error instanceof RateLimitedError) return { ...prev, error: error.message, fieldErrors: {}, values };
    if (error instanceof NotFoundError) return { ...prev, error: "This job is no longer taking applications.", fieldErrors: {}, values };
    throw error;
  }
  // The resume's text is read by the background job, never on the candidate's request.
  if (outcome.status === "created") redirect(`/status/${outcome.statusToken}?submitted=1`);
  redirect(`/jobs/${encodeURIComponent(slug)}/applied${outcome.status === "already_applied" ? "?already=1" : ""}`);
}
