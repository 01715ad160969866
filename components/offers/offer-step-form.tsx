"use client";

import { useActionState } from "react";
import { takeOfferStepAction } from "@/lib/actions/offer-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { OfferStep } from "@/lib/domain/offer-rules";

const buttonLabels: Record<OfferStep, string> = {
  approve: "Approve offer",
  extend: "Mark extended",
  accept: "Accepted",
  decline: "Declined",
  withdraw: "Withdraw offer",
};

interface Props {
  offerId: string;
  version: number;
  step: OfferStep;
  /** Approving an offer outside the pay range asks for the reason for the exception. */
  needsReason?: boolean;
}

/** One step of an offer as its own small form, so each works without JavaScript. */
export function OfferStepForm({ offerId, version, step, needsReason = false }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult | undefined, FormData>(takeOfferStepAction, undefined);
  const failed = state && !state.ok ? state : null;
  const reasonError = failed?.fieldErrors.exceptionReason?.join(" ");
  const quiet = step === "withdraw" || step === "decline";
  return (
    <form action={formAction} className={needsReason ? "w-full space-y-2" : "inline-block"}>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="step" value={step} />
      {needsReason ? (
        <div>
          <label htmlFor={`exception-${offerId}`} className="block text-sm font-medium">
            Exception reason
          </label>
          <textarea
            id={`exception-${offerId}`}
            name="exceptionReason"
            rows={2}
            maxLength={1000}
            required
            defaultValue={failed?.values?.exceptionReason}
            aria-describedby={reasonError ? `exception-${offerId}-error` : `exception-${offerId}-hint`}
            aria-invalid={reasonError ? true : undefined}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          />
          <p id={`exception-${offerId}-hint`} className="mt-1 text-sm text-slate-600">
            This offer is outside the requisition&apos;s pay range: say why the exception is approved.
          </p>
          {reasonError ? (
            <p id={`exception-${offerId}-error`} className="mt-1 text-sm text-red-700">
              {reasonError}
            </p>
          ) : null}
        </div>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className={
          quiet
            ? "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
            : "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-60"
        }
      >
        {buttonLabels[step]}
      </button>
      {failed && !reasonError ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {failed.error}
        </p>
      ) : null}
    </form>
  );
}
