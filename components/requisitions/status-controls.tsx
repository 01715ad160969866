"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { changeRequisitionStatusAction } from "@/lib/actions/requisition-status-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import { nextStatuses } from "@/lib/domain/requisition-lifecycle";
import type { RequisitionStatus } from "@/lib/domain/requisition-types";

const buttonLabels: Record<RequisitionStatus, Partial<Record<RequisitionStatus, string>>> = {
  draft: { open: "Publish" },
  open: { paused: "Pause" },
  paused: { open: "Resume" },
  closed: { open: "Reopen" },
};

/** Publish, pause, resume, reopen and close, as plain forms that also work without JavaScript. */
export function StatusControls({ requisitionId, status }: { requisitionId: string; status: RequisitionStatus }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(changeRequisitionStatusAction, undefined);
  const simple = nextStatuses(status).filter((to) => to !== "closed");
  const canClose = nextStatuses(status).includes("closed");
  return (
    <div className="space-y-3">
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <div className="flex flex-wrap items-end gap-3">
        {simple.map((to) => (
          <form key={to} action={formAction}>
            <input type="hidden" name="requisitionId" value={requisitionId} />
            <input type="hidden" name="to" value={to} />
            <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
              {buttonLabels[status][to]}
            </button>
          </form>
        ))}
        {canClose ? (
          <form action={formAction} className="flex items-end gap-2">
            <input type="hidden" name="requisitionId" value={requisitionId} />
            <input type="hidden" name="to" value="closed" />
            <div>
              <label htmlFor="closeReason" className="block text-sm font-medium">
                Reason for closing
              </label>
              <select id="closeReason" name="closeReason" className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2">
                <option value="filled">Filled</option>
                <option value="cancelled">Cancelled</option>
              </select>
            </div>
            <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100">
              Close requisition
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
