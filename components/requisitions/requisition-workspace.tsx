"use client";

import { useActionState, useEffect } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { requisitionFormAction } from "@/lib/actions/requisition-actions";
import type { RequisitionFormState } from "@/lib/actions/requisition-form-state";
import { PostingImportFields } from "./posting-import-fields";
import { RequisitionFields } from "./requisition-fields";

interface Props {
  initial: RequisitionFormState;
  /** Set when editing a saved requisition. */
  requisitionId?: string;
  /** Whether "Publish" is offered: only to those who may publish, and only for a draft. */
  canPublish: boolean;
}

/** The paste → review → save/publish screen; one form and one action, with or without JavaScript. */
export function RequisitionWorkspace({ initial, requisitionId, canPublish }: Props) {
  const [state, formAction, pending] = useActionState(requisitionFormAction, initial);
  useEffect(() => {
    if (state.focus) document.getElementById(state.focus)?.focus();
  }, [state.focus, state.revision]);
  return (
    <form action={formAction} noValidate className="mt-6 space-y-6" aria-busy={pending}>
      <FormAlert message={state.error} />
      {requisitionId ? <input type="hidden" name="requisitionId" value={requisitionId} /> : null}
      {state.draft ? (
        <>
          <h2 id="review-heading" tabIndex={-1} className="text-xl font-semibold">
            Review the requisition
          </h2>
          <RequisitionFields draft={state.draft} warnings={state.warnings} fieldErrors={state.fieldErrors} revision={state.revision} />
          <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-4">
            <button type="submit" name="intent" value="save" disabled={pending} className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100">
              {requisitionId ? "Save changes" : "Save draft"}
            </button>
            {canPublish ? (
              <button type="submit" name="intent" value="publish" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
                Publish
              </button>
            ) : null}
          </div>
        </>
      ) : (
        <PostingImportFields fieldErrors={state.fieldErrors} />
      )}
    </form>
  );
}
