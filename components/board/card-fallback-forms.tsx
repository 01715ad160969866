"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { moveApplicationAction } from "@/lib/actions/pipeline-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { MoveCheck } from "@/lib/domain/stage-moves";
import type { BoardCardView, BoardStageView } from "./board-types";

interface Props {
  card: BoardCardView;
  targets: { stage: BoardStageView; check: MoveCheck }[];
}

/**
 * The card's controls before JavaScript runs (or without it): a plain form posting the version the
 * page showed, so a stale move is refused here too. Every card of a long board carries one, so it
 * stays small: rejecting, which needs a reason, links to the candidate's page and its reject form.
 */
export function CardFallbackForms({ card, targets }: Props) {
  const [moved, moveAction] = useActionState<ActionResult<{ stageName: string }> | undefined, FormData>(moveApplicationAction, undefined);
  const allowed = targets.filter((t) => t.check.ok && t.stage.kind !== "rejected");
  const canReject = targets.some((t) => t.check.ok && t.stage.kind === "rejected");
  const selectId = `card-${card.id}-to`;
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer text-brand-700">Move to…</summary>
      <form action={moveAction} className="mt-2 space-y-2">
        <FormAlert message={moved?.ok ? moved.message : moved?.error} tone={moved?.ok ? "success" : "error"} />
        <input type="hidden" name="applicationId" value={card.id} />
        <input type="hidden" name="expectedVersion" value={card.version} />
        <label htmlFor={selectId} className="block font-medium">
          Stage for {card.candidateName}
        </label>
        <select id={selectId} name="toStageId" className="block w-full rounded border border-slate-400 bg-white px-2 py-1">
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
        <p className="mt-2">
          <a href={`/dashboard/applications/${card.id}#reject-heading`} className="text-red-800 underline">
            Reject with a reason…
          </a>
        </p>
      ) : null}
    </details>
  );
}
