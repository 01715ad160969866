"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { submitApplicationAction } from "@/lib/actions/application-actions";
import type { ApplyFormState } from "@/lib/actions/apply-form-state";
import type { FormQuestion } from "@/lib/domain/application-questions";
import { APPLY_FORM_ID } from "./apply-form-enhancement";
import { ErrorSummary } from "./error-summary";
import { FormQuestionField } from "./form-question";
import { QualificationQuestion } from "./qualification-question";
import { SelfIdentificationFields } from "./self-identification-fields";

interface Props {
  slug: string;
  submissionId: string;
  required: { id: string; text: string }[];
  preferred: { id: string; text: string }[];
  questions: FormQuestion[];
  retentionDays: number;
}

const contactLabels: Record<string, string> = {
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  phone: "Phone",
  location: "Location",
  linkedinUrl: "LinkedIn profile",
  websiteUrl: "Website or GitHub",
  resume: "Resume",
  coverLetter: "Cover letter",
  consent: "Privacy notice",
};

/**
 * A plain multipart form that works with JavaScript off; with it on, errors appear without a reload.
 * After an error every value comes back, and a resume already sent is kept server-side.
 */
export function ApplyFormClient({ slug, submissionId, required, preferred, questions, retentionDays }: Props) {
  const [state, formAction] = useActionState<ApplyFormState, FormData>(submitApplicationAction, { fieldErrors: {}, values: {}, resume: null, submissionId });
  const { fieldErrors: errors, values } = state;
  const labels: Record<string, string> = { ...contactLabels };
  for (const q of [...required, ...preferred]) labels[`qualification.${q.id}`] = q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text;
  for (const q of questions) labels[`question.${q.key}`] = q.label;
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", errors: errors[name] });
  return (
    <form id={APPLY_FORM_ID} action={formAction} className="mt-8 space-y-8" noValidate>
      <ErrorSummary message={state.error} fieldErrors={errors} labels={labels} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="submissionId" value={state.submissionId} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="nickname">Leave this field empty</label>
        <input id="nickname" name="nickname" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <section aria-labelledby="about-you" className="space-y-5">
        <h2 id="about-you" className="text-xl font-semibold">
          About you
        </h2>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField {...field("firstName")} id="firstName" label="First name" autoComplete="given-name" required />
          <TextField {...field("lastName")} id="lastName" label="Last name" autoComplete="family-name" required />
        </div>
        <TextField {...field("email")} id="email" label="Email" type="email" autoComplete="email" required />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField {...field("phone")} id="phone" label="Phone" type="tel" autoComplete="tel" optional />
          <TextField {...field("location")} id="location" label="Location" autoComplete="address-level2" optional hint="City and country." />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField {...field("linkedinUrl")} id="linkedinUrl" label="LinkedIn profile" type="url" optional />
          <TextField {...field("websiteUrl")} id="websiteUrl" label="Website or GitHub" type="url" optional />
        </div>
        <div>
          {state.resume ? (
            <>
              <input type="hidden" name="resumeToken" value={state.resume.token} />
              <p id="resume-kept" className="mb-1 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
                We have your resume <strong>{state.resume.filename}</strong>. Choose a file only to replace it.
              </p>
            </>
          ) : null}
          <TextField
            name="resume"
            id="resume"
            label="Resume"
            type="file"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            hint="A PDF or Word (.docx) file of at most 10 MB."
            required={!state.resume}
            errors={errors.resume}
          />
        </div>
        <TextAreaField {...field("coverLetter")} id="coverLetter" label="Cover letter" rows={6} maxLength={10000} hint="Optional. At most 10,000 characters." />
      </section>

      <section aria-labelledby="required-qualifications" className="space-y-4">
        <h2 id="required-qualifications" className="text-xl font-semibold">
          Required qualifications
        </h2>
        <p className="text-sm text-slate-700">Answer each one. Evidence is optional but helps the team see where you have done it.</p>
        {required.map((q) => (
          <QualificationQuestion key={q.id} qualification={q} required values={values} error={errors[`qualification.${q.id}`]} />
        ))}
      </section>

      {preferred.length ? (
        <section aria-labelledby="preferred-qualifications" className="space-y-4">
          <h2 id="preferred-qualifications" className="text-xl font-semibold">
            Preferred qualifications
          </h2>
          <p className="text-sm text-slate-700">Optional: nobody is expected to have all of these.</p>
          {preferred.map((q) => (
            <QualificationQuestion key={q.id} qualification={q} required={false} values={values} error={errors[`qualification.${q.id}`]} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="more-questions" className="space-y-4">
        <h2 id="more-questions" className="text-xl font-semibold">
          A few more questions
        </h2>
        {questions.map((q) => (
          <FormQuestionField key={q.key} question={q} values={values} error={errors[`question.${q.key}`]} />
        ))}
      </section>

      <SelfIdentificationFields values={values} />

      <div id="consent-field" className="rounded-md border border-slate-300 bg-white p-4">
        <div className="flex items-start gap-3">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            value="yes"
            defaultChecked={values.consent === "yes"}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            aria-invalid={errors.consent ? true : undefined}
            className="mt-1 size-4"
          />
          <label htmlFor="consent">
            I have read the{" "}
            <Link href="/privacy" className="text-brand-700 underline" target="_blank">
              privacy notice
            </Link>{" "}
            and agree that my application is processed for this and similar roles and kept for {retentionDays} days after the last activity on it.
          </label>
        </div>
        {errors.consent ? (
          <p id="consent-error" className="mt-1 text-sm text-red-700">
            {errors.consent.join(" ")}
          </p>
        ) : null}
      </div>

      <SubmitButton pendingLabel="Submitting…">Submit application</SubmitButton>
    </form>
  );
}
