"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-actor";
import { amendScorecard, type AmendScorecardInput } from "@/lib/services/scorecard-amendments";
import { saveScorecard, type SaveScorecardInput } from "@/lib/services/scorecards";
import { failureFrom, type ActionResult } from "./action-result";

type Ratings = NonNullable<SaveScorecardInput["ratings"]>;
type Recommendation = SaveScorecardInput["overallRecommendation"];

/** Reads rating_<attributeId> and notes_<attributeId> pairs: one radio group and one text area per attribute. */
function readRatings(formData: FormData): Ratings {
  const ids = formData.getAll("attributeIds").map(String);
  return ids.map((attributeId) => {
    const rating = formData.get(`rating_${attributeId}`);
    return {
      attributeId,
      rating: typeof rating === "string" && rating ? (rating as Ratings[number]["rating"]) : undefined,
      notes: String(formData.get(`notes_${attributeId}`) ?? ""),
    };
  });
}

function readRecommendation(formData: FormData): Recommendation {
  const recommendation = formData.get("overallRecommendation");
  return typeof recommendation === "string" && recommendation ? (recommendation as Recommendation) : undefined;
}

/** What the user typed, handed back after a refusal so a page rendered without JavaScript loses none of it. */
function typedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$")));
}

function readScorecard(formData: FormData, intent: "draft" | "submit"): SaveScorecardInput {
  return {
    scheduledInterviewId: String(formData.get("scheduledInterviewId") ?? ""),
    intent,
    keyTakeaways: String(formData.get("keyTakeaways") ?? ""),
    overallRecommendation: readRecommendation(formData),
    ratings: readRatings(formData),
  };
}

export async function saveScorecardAction(_prev: ActionResult<{ status: "draft" | "submitted" }> | undefined, formData: FormData): Promise<ActionResult<{ status: "draft" | "submitted" }>> {
  const actor = await requireUser();
  const input = readScorecard(formData, formData.get("intent") === "submit" ? "submit" : "draft");
  try {
    const saved = await saveScorecard(actor, input);
    revalidatePath(`/dashboard/interviews/${input.scheduledInterviewId}/scorecard`);
    revalidatePath("/dashboard/interviews");
    return { ok: true, data: { status: saved.status }, message: saved.status === "submitted" ? "Scorecard submitted." : "Draft saved." };
  } catch (error) {
    return failureFrom(error);
  }
}

/**
 * The autosave while typing: always a draft, whatever the form says, so it can never submit. It
 * revalidates nothing: only the author ever reads a draft, and refreshing the page under their
 * fingers on every pause would be wasted work.
 */
export async function autosaveScorecardDraftAction(formData: FormData): Promise<ActionResult<{ savedAt: string }>> {
  const actor = await requireUser();
  try {
    const saved = await saveScorecard(actor, readScorecard(formData, "draft"));
    return { ok: true, data: { savedAt: saved.savedAt.toISOString() } };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function amendScorecardAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const input: AmendScorecardInput = {
    scorecardId: String(formData.get("scorecardId") ?? ""),
    reason: String(formData.get("reason") ?? ""),
    keyTakeaways: String(formData.get("keyTakeaways") ?? ""),
    overallRecommendation: readRecommendation(formData) as AmendScorecardInput["overallRecommendation"],
    ratings: readRatings(formData),
  };
  let interviewId: string;
  try {
    ({ interviewId } = await amendScorecard(actor, input));
  } catch (error) {
    return failureFrom(error, typedValues(formData));
  }
  revalidatePath(`/dashboard/interviews/${interviewId}/scorecard`);
  redirect(`/dashboard/interviews/${interviewId}/scorecard?amended=1`);
}
