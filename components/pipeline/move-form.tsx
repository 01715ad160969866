"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { moveApplicationAction } from "@/lib/actions/pipeline-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { StageKind } from "@/lib/domain/requisition-types";

interface Props {
  applicationId: string;
  version: number;
  currentStageId: string;
  stages: { id: string; name: string; kind: StageKind }[];
}

/** A plain form (works without JavaScript) carrying the version the user saw, so stale moves are refused. */
export function MoveForm({ applicationId, version, currentStageId, stages }: Props) {
  const [state, formAction] = useActionState<ActionResult<{ stageName: string }> | undefined, FormData>(moveApplicationAction, undefined);
  const targets = stages.filter((stage) => stage.id !== currentStageId);
  const [chosen, setChosen] = useState(targets[0]?.id ?? "");
  // After a move the current stage changes; a choice that is now the current stage falls back to the first target.
  const target = targets.some((stage) => stage.id === chosen) ? chosen : (targets[0]?.id ?? "");
  const rejecting = stages.find((stage) => stage.id === target)?.kind === "rejected";
  return (
    <section aria-labelledby="move-heading" className="h-fit rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="move-heading" className="font-semibold">
        Move candidate
      </h2>
      <form action={formAction} className="mt-3 space-y-4">
        <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <div>
          <label htmlFor="toStageId" className="block text-sm font-medium">
            Move to
          </label>
          <select
            id="toStageId"
            name="toStageId"
            value={target}
            onChange={(event) => setChosen(event.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            {targets.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="reason" className="block text-sm font-medium">
            Reason {rejecting ? null : <span className="font-normal text-slate-500">(optional; required to reject)</span>}
          </label>
          <textarea id="reason" name="reason" rows={2} maxLength={500} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2" />
        </div>
        <SubmitButton pendingLabel="Moving…">Move</SubmitButton>
      </form>
    </section>
  );
}
