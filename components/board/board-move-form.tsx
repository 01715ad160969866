"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { moveFromBoardFormAction } from "@/lib/actions/pipeline-actions";
import type { ActionResult } from "@/lib/actions/action-result";

export const BOARD_MOVE_FORM_ID = "board-move-form";

/**
 * The one form every card's Move button submits without JavaScript (CardFallbackControls): one server
 * action reference per page instead of one per card. Its outcome shows here, above the columns,
 * where the reloaded page opens.
 */
export function BoardMoveForm() {
  const [moved, action] = useActionState<ActionResult<{ stageName: string }> | undefined, FormData>(moveFromBoardFormAction, undefined);
  return (
    <form id={BOARD_MOVE_FORM_ID} action={action} className="mt-4">
      <FormAlert message={moved?.ok ? moved.message : moved?.error} tone={moved?.ok ? "success" : "error"} />
    </form>
  );
}
