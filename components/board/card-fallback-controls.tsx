import { boardMoveFieldNames } from "@/lib/actions/board-move-fields";
import type { MoveCheck } from "@/lib/domain/stage-moves";
import type { BoardCardView, BoardStageView } from "./board-types";
import { BOARD_MOVE_FORM_ID } from "./board-move-form";

interface Props {
  card: BoardCardView;
  targets: { stage: BoardStageView; check: MoveCheck }[];
}

/**
 * The card's controls before JavaScript runs (or without it): a stage list and a Move button that
 * belong to the board's one move form (BoardMoveForm), posting the version the page showed, so a
 * stale move is refused here too. Every card of a long board carries them, so they stay small:
 * rejecting, which needs a reason, links to the candidate's page and its reject form. Styled by
 * `.board-card-fallback` in app/globals.css rather than utilities on each element, for the same reason.
 */
export function CardFallbackControls({ card, targets }: Props) {
  const allowed = targets.filter((t) => t.check.ok && t.stage.kind !== "rejected");
  const canReject = targets.some((t) => t.check.ok && t.stage.kind === "rejected");
  const selectId = `card-${card.id}-to`;
  return (
    <details className="board-card-fallback">
      <summary>Move to…</summary>
      <div>
        <label htmlFor={selectId}>{`Stage for ${card.candidateName}`}</label>
        <select id={selectId} form={BOARD_MOVE_FORM_ID} name={boardMoveFieldNames.stage(card.id)}>
          {allowed.map(({ stage }) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
        <button type="submit" form={BOARD_MOVE_FORM_ID} name={boardMoveFieldNames.button} value={boardMoveFieldNames.buttonValue(card.id, card.version)}>
          Move
        </button>
      </div>
      {canReject ? (
        <p>
          <a href={`/dashboard/applications/${card.id}#reject-heading`}>Reject with a reason…</a>
        </p>
      ) : null}
    </details>
  );
}
