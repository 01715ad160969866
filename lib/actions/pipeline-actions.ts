"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
import { moveApplication } from "@/lib/services/pipeline";
import { failureFrom, type ActionResult } from "./action-result";
import { readBoardMoveFields } from "./board-move-fields";

type MoveResult = ActionResult<{ stageName: string }>;

async function move(fields: { applicationId: string; toStageId: string; expectedVersion: FormDataEntryValue | null; reason: string }): Promise<MoveResult> {
  const actor = await requireUser();
  try {
    const moved = await moveApplication(actor, fields);
    revalidatePath("/dashboard", "layout");
    return { ok: true, data: { stageName: moved.stage.name }, message: `Moved to ${moved.stage.name}.` };
  } catch (error) {
    revalidatePath("/dashboard", "layout");
    return failureFrom(error);
  }
}

export async function moveApplicationAction(_prev: MoveResult | undefined, formData: FormData): Promise<MoveResult> {
  return move({
    applicationId: String(formData.get("applicationId") ?? ""),
    toStageId: String(formData.get("toStageId") ?? ""),
    expectedVersion: formData.get("expectedVersion"),
    reason: String(formData.get("reason") ?? ""),
  });
}

/** The board's one form without JavaScript: the Move button pressed names the card (lib/actions/board-move-fields.ts). */
export async function moveFromBoardFormAction(_prev: MoveResult | undefined, formData: FormData): Promise<MoveResult> {
  return move({ ...readBoardMoveFields(formData), reason: "" });
}
