"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { editStageAction } from "@/lib/actions/requisition-setup-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { EditableStage } from "@/lib/domain/stage-editing";

const smallButton = "rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40";

/** Each row is its own small form (rename, move, remove) so every control works without JavaScript. */
export function StageListEditor({ requisitionId, stages }: { requisitionId: string; stages: EditableStage[] }) {
  const [state, formAction] = useActionState<ActionResult | undefined, FormData>(editStageAction, undefined);
  const active = stages.filter((s) => s.kind === "active");
  return (
    <div className="space-y-4">
      <FormAlert message={state?.ok ? state.message : state?.error} tone={state?.ok ? "success" : "error"} />
      <ol className="space-y-2">
        {stages.map((stage) => {
          const activeIndex = active.findIndex((s) => s.id === stage.id);
          return (
            <li key={stage.id} className="rounded-md border border-slate-200 bg-white p-3">
              <form action={formAction} className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="requisitionId" value={requisitionId} />
                <input type="hidden" name="stageId" value={stage.id} />
                <div>
                  <label htmlFor={`stage-${stage.id}`} className="block text-sm font-medium">
                    Name of stage {stage.position + 1}
                  </label>
                  <input id={`stage-${stage.id}`} name="name" defaultValue={stage.name} maxLength={60} className="mt-1 rounded-md border border-slate-400 px-3 py-1.5" />
                </div>
                <button type="submit" name="op" value="rename" className={smallButton}>
                  Rename
                </button>
                <button type="submit" name="op" value="up" disabled={activeIndex <= 0} aria-label={`Move ${stage.name} up`} className={smallButton}>
                  Move up
                </button>
                <button type="submit" name="op" value="down" disabled={activeIndex < 0 || activeIndex === active.length - 1} aria-label={`Move ${stage.name} down`} className={smallButton}>
                  Move down
                </button>
                <button
                  type="submit"
                  name="op"
                  value="remove"
                  disabled={stage.applicationCount > 0 || stage.kind !== "active"}
                  aria-label={`Remove ${stage.name}`}
                  className={smallButton}
                >
                  Remove
                </button>
                {stage.kind === "active" ? (
                  <>
                    <div>
                      <label htmlFor={`target-${stage.id}`} className="block text-sm font-medium">
                        Target days in {stage.name}
                      </label>
                      <input
                        id={`target-${stage.id}`}
                        name="targetDays"
                        inputMode="numeric"
                        defaultValue={stage.targetDays ?? ""}
                        className="mt-1 w-24 rounded-md border border-slate-400 px-3 py-1.5"
                      />
                    </div>
                    <button type="submit" name="op" value="target" aria-label={`Save the target for ${stage.name}`} className={smallButton}>
                      Save target
                    </button>
                  </>
                ) : null}
                <span className="text-sm text-slate-600">
                  {stage.applicationCount} application{stage.applicationCount === 1 ? "" : "s"}
                  {stage.kind !== "active" ? " · outcome stage" : ""}
                </span>
              </form>
            </li>
          );
        })}
      </ol>
      <form action={formAction} className="flex items-end gap-2">
        <input type="hidden" name="requisitionId" value={requisitionId} />
        <div>
          <label htmlFor="new-stage-name" className="block text-sm font-medium">
            New stage name
          </label>
          <input id="new-stage-name" name="name" maxLength={60} className="mt-1 rounded-md border border-slate-400 px-3 py-1.5" />
        </div>
        <button type="submit" name="op" value="add" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-600">
          Add stage
        </button>
      </form>
    </div>
  );
}
