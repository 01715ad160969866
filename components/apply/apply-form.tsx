"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { submitApplicationAction } from "@/lib/actions/application-actions";
import type { ActionResult } from "@/lib/actions/action-result";

/** Works without JavaScript (a plain multipart form post); with it, errors appear without a reload. */
export function ApplyForm({ slug }: { slug: string }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(submitApplicationAction, undefined);
  const failed = state && !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  return (
    <form action={formAction} className="mt-8 space-y-5" noValidate>
      <FormAlert message={failed?.error} />
      <input type="hidden" name="slug" value={slug} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="firstName" label="First name" autoComplete="given-name" required defaultValue={values.firstName} errors={errors.firstName} />
        <TextField name="lastName" label="Last name" autoComplete="family-name" required defaultValue={values.lastName} errors={errors.lastName} />
      </div>
      <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} />
      <TextField
        name="resume"
        label="Resume"
        type="file"
        accept="application/pdf,.pdf"
        hint="A PDF of at most 10 MB."
        required
        errors={errors.resume}
      />
      <SubmitButton pendingLabel="Submitting…">Submit application</SubmitButton>
    </form>
  );
}
