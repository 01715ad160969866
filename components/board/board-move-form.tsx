"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { moveFromBoardFormAction } from "@/lib/actions/pipeline-actions";
import type { ActionResult } from "@/lib/actions/action-result";

export const BOARD_MOVE_FORM_ID = "board-move-form";

/**
 * The one form the board's controls submit without JavaScript (each card's checkbox and each
 * column's ColumnMoveControls): one server action reference per page. Its outcome shows here,
 * above the columns, where the reloaded page opens.
 */
export function BoardMoveForm() {
  const [moved, action] = useActionState<ActionResult<unknown> | undefined, FormData>(moveFromBoardFormAction, undefined);
  return (
    <form id={BOARD_MOVE_FORM_ID} action={action} className="mt-4">
      <FormAlert message={moved?.ok ? moved.message : moved?.error} tone={moved?.ok ? "success" : "error"} />
    </form>
  );
}
