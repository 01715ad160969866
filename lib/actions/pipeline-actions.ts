"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
import { moveApplication } from "@/lib/services/pipeline";
import { failureFrom, type ActionResult } from "./action-result";

export async function moveApplicationAction(_prev: ActionResult<{ stageName: string }> | undefined, formData: FormData): Promise<ActionResult<{ stageName: string }>> {
  const actor = await requireUser();
  try {
    const moved = await moveApplication(actor, {
      applicationId: String(formData.get("applicationId") ?? ""),
      toStageId: String(formData.get("toStageId") ?? ""),
      expectedVersion: formData.get("expectedVersion"),
      reason: String(formData.get("reason") ?? ""),
    });
    revalidatePath("/dashboard", "layout");
    return { ok: true, data: { stageName: moved.stage.name }, message: `Moved to ${moved.stage.name}.` };
  } catch (error) {
    revalidatePath("/dashboard", "layout");
    return failureFrom(error);
  }
}
