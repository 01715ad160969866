"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
import { addPlanInterview, archivePlanInterview, generateDefaultInterviewPlan, movePlanInterview, updatePlanInterview } from "@/lib/services/interview-plan";
import { failureFrom, textValues, type ActionResult } from "./action-result";

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const all = (formData: FormData, name: string) => formData.getAll(name).map(String);

/** What was typed, to give back after a refusal: the text fields, each ticked qualification and each custom label. */
function typedValues(formData: FormData): Record<string, string> {
  const values = textValues(formData, ["stageId", "name", "durationMinutes", "instructions"]);
  for (const id of all(formData, "qualificationIds")) values[`q:${id}`] = "on";
  all(formData, "customLabels").forEach((label, index) => (values[`custom:${index}`] = label));
  return values;
}

function fieldsFrom(formData: FormData) {
  return {
    name: text(formData, "name"),
    durationMinutes: text(formData, "durationMinutes"),
    instructions: text(formData, "instructions"),
    qualificationIds: all(formData, "qualificationIds"),
    customLabels: all(formData, "customLabels"),
  };
}

const messages = { add: "Interview added to the plan.", save: "Interview saved.", remove: "Interview removed from the plan.", up: "Interview moved up.", down: "Interview moved down." } as const;

/**
 * One entry point for every interview form of the plan page; the clicked button's `op` says what to
 * do, so each form works without JavaScript and without bound arguments.
 */
export async function editPlanInterviewAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const op = text(formData, "op");
  const requisitionId = text(formData, "requisitionId");
  const planItemId = text(formData, "planItemId");
  try {
    if (op === "add") await addPlanInterview(actor, { requisitionId, stageId: text(formData, "stageId"), ...fieldsFrom(formData) });
    else if (op === "save") await updatePlanInterview(actor, { planItemId, ...fieldsFrom(formData) });
    else if (op === "remove") await archivePlanInterview(actor, { planItemId });
    else if (op === "up" || op === "down") await movePlanInterview(actor, { planItemId, direction: op });
    else return { ok: false, error: "That button did nothing. Reload the page and try again.", fieldErrors: {}, values: typedValues(formData) };
  } catch (error) {
    return failureFrom(error, typedValues(formData));
  }
  revalidatePath(`/dashboard/requisitions/${requisitionId}/interview-plan`);
  return { ok: true, data: undefined, message: messages[op] };
}

export async function generateInterviewPlanAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const requisitionId = text(formData, "requisitionId");
  try {
    const { interviews } = await generateDefaultInterviewPlan(actor, { requisitionId });
    revalidatePath(`/dashboard/requisitions/${requisitionId}/interview-plan`);
    return { ok: true, data: undefined, message: `Default plan generated with ${interviews} interview${interviews === 1 ? "" : "s"}.` };
  } catch (error) {
    return failureFrom(error);
  }
}
