"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
import { eraseCandidate } from "@/lib/services/candidate-erasure";
import { setLegalHold } from "@/lib/services/legal-hold";
import { failureFrom, type ActionResult } from "./action-result";

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The "Legal hold" checkbox: checked puts the candidate under hold, unchecked lifts it. Admins only (the service decides). */
export async function setLegalHoldAction(_prev: ActionResult<{ legalHold: boolean }> | undefined, formData: FormData): Promise<ActionResult<{ legalHold: boolean }>> {
  const actor = await requireUser();
  try {
    const { legalHold } = await setLegalHold(actor, { candidateId: field(formData, "candidateId"), legalHold: field(formData, "legalHold") === "on" });
    revalidatePath("/dashboard", "layout");
    return { ok: true, data: { legalHold }, message: legalHold ? "Legal hold is on: retention and erasure leave this candidate alone." : "Legal hold is off." };
  } catch (error) {
    return failureFrom(error);
  }
}

/** Erases a candidate on their request, after the admin ticked the confirmation. */
export async function eraseCandidateAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  if (field(formData, "confirm") !== "yes") {
    return { ok: false, error: "Tick the confirmation to erase this candidate's data.", fieldErrors: { confirm: ["Tick the confirmation to erase."] } };
  }
  try {
    const result = await eraseCandidate(actor, field(formData, "candidateId"), "request");
    revalidatePath("/dashboard", "layout");
    return { ok: true, data: undefined, message: result.status === "erased" ? "Erased. The applications remain, anonymised, for the statistics." : "This candidate was already erased." };
  } catch (error) {
    return failureFrom(error);
  }
}
