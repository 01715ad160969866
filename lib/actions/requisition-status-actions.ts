"use server";

import { revalidatePath } from "next/cache";
import { revalidatePublicJobs } from "@/lib/app/public-job-cache";
import { requireUser } from "@/lib/auth/current-actor";
import { closeReasons, requisitionStatuses } from "@/lib/domain/requisition-types";
import { changeRequisitionStatus } from "@/lib/services/requisition-editing";
import { failureFrom, type ActionResult } from "./action-result";

const statusWords = { open: "published", paused: "paused", closed: "closed", draft: "moved back to draft" } as const;

export async function changeRequisitionStatusAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const to = String(formData.get("to") ?? "");
  const reason = String(formData.get("closeReason") ?? "");
  try {
    const changed = await changeRequisitionStatus(actor, {
      requisitionId: String(formData.get("requisitionId") ?? ""),
      to: (requisitionStatuses as readonly string[]).includes(to) ? (to as (typeof requisitionStatuses)[number]) : "draft",
      closeReason: (closeReasons as readonly string[]).includes(reason) ? (reason as (typeof closeReasons)[number]) : null,
    });
    revalidatePath("/dashboard", "layout");
    await revalidatePublicJobs();
    return { ok: true, data: undefined, message: `The requisition is ${statusWords[changed.status]}.` };
  } catch (error) {
    return failureFrom(error);
  }
}
