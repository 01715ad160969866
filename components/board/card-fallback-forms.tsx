"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { rejectApplicationAction, type RejectResult } from "@/lib/actions/board-actions";
import { moveApplicationAction } from "@/lib/actions/pipeline-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { MoveCheck } from "@/lib/domain/stage-moves";
import type { BoardCardView, BoardStageView, RejectionReasonView } from "./board-types";
import { ReasonFields } from "./reason-fields";

interface Props {
  card: BoardCardView;
  targets: { stage: BoardStageView; check: MoveCheck }[];
  reasons: RejectionReasonView[];
}

/**
 * The card's controls before JavaScript runs (or without it): plain forms posting the version the
 * page showed, so a stale move is refused here too. Rejection has its own form for the reason.
 */
export function CardFallbackForms({ card, targets, reasons }: Props) {
  const [moved, moveAction] = useActionState<ActionResult<{ stageName: string }> | undefined, FormData>(moveApplicationAction, undefined);
  const [rejected, rejectAction] = useActionState<ActionResult<RejectResult> | undefined, FormData>(rejectApplicationAction, undefined);
  const allowed = targets.filter((t) => t.check.ok && t.stage.kind !== "rejected");
  const canReject = targets.some((t) => t.check.ok && t.stage.kind === "rejected");
  const base = `card-${card.id}`;
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer text-brand-700">Move to…</summary>
      <form action={moveAction} className="mt-2 space-y-2">
        <FormAlert message={moved?.ok ? moved.message : moved?.error} tone={moved?.ok ? "success" : "error"} />
        <input type="hidden" name="applicationId" value={card.id} />
        <input type="hidden" name="expectedVersion" value={card.version} />
        <label htmlFor={`${base}-to`} className="block font-medium">
          Stage for {card.candidateName}
        </label>
        <select id={`${base}-to`} name="toStageId" className="block w-full rounded border border-slate-400 bg-white px-2 py-1">
          {allowed.map(({ stage }) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded bg-brand-700 px-2 py-1 text-white">
          Move
        </button>
      </form>
      {canReject ? (
        <form action={rejectAction} className="mt-3 space-y-2 border-t border-slate-200 pt-2">
          <FormAlert message={rejected?.ok ? rejected.message : rejected?.error} tone={rejected?.ok ? "success" : "error"} />
          <input type="hidden" name="applicationId" value={card.id} />
          <input type="hidden" name="expectedVersion" value={card.version} />
          <ReasonFields idPrefix={base} reasons={reasons} />
          <button type="submit" className="rounded border border-red-700 px-2 py-1 text-red-800">
            Reject
          </button>
        </form>
      ) : null}
    </details>
  );
}
