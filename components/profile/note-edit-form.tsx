"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { LocalTime } from "@/components/ui/local-time";
import type { ActionResult } from "@/lib/actions/action-result";
import { editNoteAction } from "@/lib/actions/profile-actions";
import type { NoteSaved } from "@/lib/services/notes";

interface Props {
  applicationId: string;
  noteId: string;
  body: string;
  editableUntil: Date;
}

/** Shown only to the author inside the edit window; the service checks both again on save. */
export function NoteEditForm({ applicationId, noteId, body, editableUntil }: Props) {
  const [state, formAction] = useActionState<ActionResult<NoteSaved> | undefined, FormData>(editNoteAction, undefined);
  const id = `note-edit-${noteId}`;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand-700">Edit note</summary>
      <form action={formAction} className="mt-2 space-y-2">
        <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="noteId" value={noteId} />
        <TextAreaField
          id={id}
          name="body"
          label="Note text"
          rows={3}
          maxLength={5000}
          required
          defaultValue={state && !state.ok ? (state.values?.body ?? body) : body}
          errors={state && !state.ok ? state.fieldErrors.body : undefined}
        />
        <p className="text-slate-600">
          Editable until <LocalTime value={editableUntil} />.
        </p>
        <SubmitButton pendingLabel="Saving…">Save note</SubmitButton>
      </form>
    </details>
  );
}
