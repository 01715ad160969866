"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { ActionResult } from "@/lib/actions/action-result";
import { addNoteAction } from "@/lib/actions/profile-actions";
import type { NoteSaved } from "@/lib/services/notes";

/** A plain form (works without JavaScript); the result says who was notified and who could not be. */
export function NoteForm({ applicationId }: { applicationId: string }) {
  const [state, formAction] = useActionState<ActionResult<NoteSaved> | undefined, FormData>(addNoteAction, undefined);
  return (
    <section aria-labelledby="add-note" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="add-note" className="font-semibold">
        Add a note
      </h2>
      <form action={formAction} className="mt-3 space-y-3">
        <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
        <input type="hidden" name="applicationId" value={applicationId} />
        <TextAreaField
          id="note-body"
          name="body"
          label="Note"
          hint="Only the hiring team sees notes. Mention a teammate with @Name Surname or @ and the first part of their email. You can edit a note for 15 minutes."
          rows={3}
          maxLength={5000}
          required
          // React resets the form after a successful action; after a failure the text comes back.
          defaultValue={state && !state.ok ? state.values?.body : undefined}
          errors={state && !state.ok ? state.fieldErrors.body : undefined}
        />
        <SubmitButton pendingLabel="Adding…">Add note</SubmitButton>
      </form>
    </section>
  );
}
