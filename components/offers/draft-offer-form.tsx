"use client";

import { startTransition, useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { draftOfferAction } from "@/lib/actions/offer-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Compensation } from "@/lib/domain/posting/posting-types";

const periodOptions = [
  { value: "year", label: "Per year" },
  { value: "month", label: "Per month" },
  { value: "week", label: "Per week" },
  { value: "day", label: "Per day" },
  { value: "hour", label: "Per hour" },
] as const;

/** Works without JavaScript; with it, a refused submission keeps everything typed in place. */
export function DraftOfferForm({ applicationId, payRange }: { applicationId: string; payRange: Compensation | null }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(draftOfferAction, undefined);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        // React resets a form after its action; a refusal must not lose what was typed.
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-4"
      aria-labelledby="draft-offer-heading"
    >
      <h3 id="draft-offer-heading" className="font-medium">
        Draft an offer
      </h3>
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id="offer-salary" name="salary" label="Salary" inputMode="numeric" required defaultValue={values.salary} errors={errors.salary} />
        <TextField id="offer-currency" name="currency" label="Currency" required maxLength={3} defaultValue={values.currency ?? payRange?.currency ?? "USD"} errors={errors.currency} />
        <SelectField id="offer-period" name="payPeriod" label="Pay period" options={periodOptions} defaultValue={values.payPeriod ?? payRange?.period ?? "year"} errors={errors.payPeriod} />
      </div>
      <TextField id="offer-start" name="startDate" label="Start date" type="date" required defaultValue={values.startDate} errors={errors.startDate} className="max-w-56" />
      <TextAreaField id="offer-notes" name="notes" label="Notes" rows={3} maxLength={2000} defaultValue={values.notes} errors={errors.notes} />
      <SubmitButton pendingLabel="Drafting…">Draft offer</SubmitButton>
    </form>
  );
}
