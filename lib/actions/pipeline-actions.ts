"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
import { bulkMoveApplications } from "@/lib/services/bulk-actions";
import { moveApplication } from "@/lib/services/pipeline";
import { failureFrom, type ActionResult } from "./action-result";
import { readBoardMoveFields } from "./board-move-fields";
import { bulkSummary } from "./bulk-summary";

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

/**
 * The board's one form without JavaScript: the Move button pressed names the column, whose checked
 * cards move (lib/actions/board-move-fields.ts). One card reads as a single move does; several are
 * moved each on its own, with its own version check, as the bulk bar moves them.
 */
export async function moveFromBoardFormAction(_prev: ActionResult<unknown> | undefined, formData: FormData): Promise<ActionResult<unknown>> {
  const { items, toStageId } = readBoardMoveFields(formData);
  const [only] = items;
  if (items.length === 1 && only) return move({ ...only, toStageId, reason: "" });
  const actor = await requireUser();
  try {
    const result = bulkSummary(await bulkMoveApplications(actor, { items, toStageId }), "Moved");
    revalidatePath("/dashboard", "layout");
    return result;
  } catch (error) {
    revalidatePath("/dashboard", "layout");
    return failureFrom(error);
  }
}
