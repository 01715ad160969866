import { boardMoveFieldNames } from "@/lib/actions/board-move-fields";
import type { MoveCheck } from "@/lib/domain/stage-moves";
import type { BoardStageView } from "./board-types";
import { BOARD_MOVE_FORM_ID } from "./board-move-form";

interface Props {
  stage: BoardStageView;
  targets: { stage: BoardStageView; check: MoveCheck }[];
  /** Chosen at first: the stage `→` would advance to (lib/domain/stage-moves.ts#nextStage). */
  next: BoardStageView | null;
}

/**
 * A column's controls before JavaScript runs (or without it): the stages its checked cards may
 * move to and a Move button, both in the board's one move form (BoardMoveForm). Once per column
 * rather than on every card: a card carries only its checkbox, which is most of what made a long
 * board cheap to render. Rejecting needs a reason, so each card links to its candidate's page.
 */
export function ColumnMoveControls({ stage, targets, next }: Props) {
  const allowed = targets.filter((t) => t.check.ok && t.stage.kind !== "rejected");
  if (allowed.length === 0) return null;
  const selectId = `column-${stage.id}-to`;
  return (
    <div className="board-column-fallback">
      <label htmlFor={selectId}>{`Move the selected in ${stage.name} to`}</label>
      <select
        id={selectId}
        form={BOARD_MOVE_FORM_ID}
        name={boardMoveFieldNames.stage(stage.id)}
        defaultValue={allowed.some((t) => t.stage.id === next?.id) ? next?.id : undefined}
      >
        {allowed.map(({ stage: target }) => (
          <option key={target.id} value={target.id}>
            {target.name}
          </option>
        ))}
      </select>
      <button type="submit" form={BOARD_MOVE_FORM_ID} name={boardMoveFieldNames.button} value={stage.id}>
        Move selected
      </button>
    </div>
  );
}
