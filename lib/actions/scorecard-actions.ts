"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
import { saveScorecard, type SaveScorecardInput } from "@/lib/services/scorecards";
import { failureFrom, type ActionResult } from "./action-result";

/** Reads rating_<attributeId> and notes_<attributeId> pairs: one radio group and one text area per attribute. */
function readRatings(formData: FormData): NonNullable<SaveScorecardInput["ratings"]> {
  const ids = formData.getAll("attributeIds").map(String);
  return ids.map((attributeId) => {
    const rating = formData.get(`rating_${attributeId}`);
    return {
      attributeId,
      rating: typeof rating === "string" && rating ? (rating as NonNullable<SaveScorecardInput["ratings"]>[number]["rating"]) : undefined,
      notes: String(formData.get(`notes_${attributeId}`) ?? ""),
    };
  });
}

export async function saveScorecardAction(_prev: ActionResult<{ status: "draft" | "submitted" }> | undefined, formData: FormData): Promise<ActionResult<{ status: "draft" | "submitted" }>> {
  const actor = await requireUser();
  const scheduledInterviewId = String(formData.get("scheduledInterviewId") ?? "");
  const intent = formData.get("intent") === "submit" ? "submit" : "draft";
  const recommendation = formData.get("overallRecommendation");
  try {
    const saved = await saveScorecard(actor, {
      scheduledInterviewId,
      intent,
      keyTakeaways: String(formData.get("keyTakeaways") ?? ""),
      overallRecommendation: typeof recommendation === "string" && recommendation ? (recommendation as SaveScorecardInput["overallRecommendation"]) : undefined,
      ratings: readRatings(formData),
    });
    revalidatePath(`/dashboard/interviews/${scheduledInterviewId}/scorecard`);
    revalidatePath("/dashboard/interviews");
    return { ok: true, data: { status: saved.status }, message: saved.status === "submitted" ? "Scorecard submitted." : "Draft saved." };
  } catch (error) {
    return failureFrom(error);
  }
}
