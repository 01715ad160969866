"use client";

import Link from "next/link";
import { startTransition, useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { amendScorecardAction } from "@/lib/actions/scorecard-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import { AMENDMENT_REASON_MAX } from "@/lib/domain/scorecard-amendment";
import type { ScorecardAttribute, ScorecardView } from "@/lib/services/scorecards";
import { ScorecardFields } from "./scorecard-fields";

interface Props {
  card: ScorecardView;
  attributes: ScorecardAttribute[];
  cancelHref: string;
}

/** Changes a submitted scorecard: the same fields, filled with what was submitted, and a required reason. */
export function AmendScorecardForm({ card, attributes, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult | undefined, FormData>(amendScorecardAction, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-6"
    >
      <FormAlert message={failed?.error} />
      <input type="hidden" name="scorecardId" value={card.id} />
      <TextAreaField
        name="reason"
        id="amend-reason"
        label="Reason for amendment"
        hint="The hiring team sees the reason next to the scorecard; what it said before is kept."
        required
        maxLength={AMENDMENT_REASON_MAX}
        rows={2}
        defaultValue={failed?.values?.reason ?? ""}
        errors={failed?.fieldErrors.reason}
      />
      <ScorecardFields attributes={attributes} saved={card} typed={failed?.values} recommendationError={failed?.fieldErrors.overallRecommendation} idPrefix="amend-" />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-60">
          Save amendment
        </button>
        <Link href={cancelHref} className="text-brand-700 hover:underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
