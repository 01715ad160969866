"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError, ValidationError } from "@/lib/services/errors";
import { withdrawApplication } from "@/lib/services/application-status";
import type { ActionResult } from "./action-result";

/** The status link's token is the candidate's only credential; the service checks it. */
export async function withdrawApplicationAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const token = String(formData.get("token") ?? "");
  if (formData.get("confirm") !== "yes") {
    return { ok: false, error: "Tick the box to confirm that you want to withdraw.", fieldErrors: { confirm: ["Tick the box to confirm."] } };
  }
  try {
    await withdrawApplication(token);
  } catch (error) {
    if (error instanceof ValidationError || error instanceof NotFoundError) return { ok: false, error: error.message, fieldErrors: {} };
    throw error;
  }
  revalidatePath(`/status/${token}`);
  return { ok: true, data: undefined, message: "Your application has been withdrawn." };
}
