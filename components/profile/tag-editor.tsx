"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldMessageIds, FieldMessages } from "@/components/ui/field-messages";
import type { ActionResult } from "@/lib/actions/action-result";
import { updateTagsAction } from "@/lib/actions/profile-actions";

/**
 * One form: Enter in the field presses the first submit button, "Add tag", so it comes before the
 * per-tag delete buttons. (Delete, not "Remove": the page's "Move" button must stay the only match for "Move".)
 */
export function TagEditor({ applicationId, tags }: { applicationId: string; tags: string[] }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(updateTagsAction, undefined);
  const errors = state && !state.ok ? (state.fieldErrors.tag ?? [state.error]) : undefined;
  const hint = "Letters, digits, spaces and hyphens; separate several with commas.";
  return (
    <section aria-labelledby="tags-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="tags-heading" className="font-semibold">
        Tags
      </h2>
      <form action={formAction} className="mt-3 space-y-3">
        <FormAlert message={state && !state.ok ? state.error : undefined} />
        <input type="hidden" name="applicationId" value={applicationId} />
        <div>
          <label htmlFor="tag" className="block text-sm font-medium">
            New tag
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id="tag"
              name="tag"
              maxLength={200}
              defaultValue={state && !state.ok ? state.values?.tag : undefined}
              aria-invalid={errors ? true : undefined}
              aria-describedby={fieldMessageIds("tag", { hint, errors })}
              className="block w-full rounded-md border border-slate-400 px-3 py-2"
            />
            <button type="submit" className="rounded-md border border-slate-400 px-3 py-2 font-medium hover:bg-slate-50">
              Add tag
            </button>
          </div>
          <FieldMessages id="tag" hint={hint} errors={errors} />
        </div>
        {tags.length === 0 ? (
          <p className="text-sm text-slate-600">No tags yet.</p>
        ) : (
          <ul className="flex flex-wrap gap-2" aria-label="Current tags">
            {tags.map((tag) => (
              <li key={tag} className="flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-3 pr-1 text-sm">
                {tag}
                <button type="submit" name="remove" value={tag} aria-label={`Delete tag ${tag}`} className="rounded-full px-1.5 hover:bg-slate-300">
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </form>
    </section>
  );
}
