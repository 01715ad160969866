"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
import { questionKinds } from "@/lib/domain/application-types";
import { addRequisitionQuestion, removeRequisitionQuestion } from "@/lib/services/requisition-questions";
import { editStage, setHiringTeam } from "@/lib/services/requisition-setup";
import { failureFrom, type ActionResult } from "./action-result";

const ids = (formData: FormData, name: string) => formData.getAll(name).map(String).filter(Boolean);

export async function setHiringTeamAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const requisitionId = String(formData.get("requisitionId") ?? "");
  try {
    await setHiringTeam(actor, requisitionId, {
      hiringManagerIds: ids(formData, "hiringManagerId"),
      recruiterIds: ids(formData, "recruiterId"),
      interviewerIds: ids(formData, "interviewerId"),
    });
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath("/dashboard", "layout");
  return { ok: true, data: undefined, message: "Hiring team saved." };
}

export async function editStageAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const field = (name: string) => String(formData.get(name) ?? "");
  const op = field("op");
  const requisitionId = field("requisitionId");
  try {
    if (op === "add") await editStage(actor, { op, requisitionId, name: field("name") });
    else if (op === "rename") await editStage(actor, { op, requisitionId, stageId: field("stageId"), name: field("name") });
    else if (op === "remove") await editStage(actor, { op, requisitionId, stageId: field("stageId") });
    else if (op === "up" || op === "down") await editStage(actor, { op: "move", requisitionId, stageId: field("stageId"), direction: op });
    else if (op === "target") {
      const days = field("targetDays").trim();
      await editStage(actor, { op, requisitionId, stageId: field("stageId"), targetDays: days === "" ? null : Number(days) });
    }
    else return { ok: false, error: "That button did nothing. Reload the page and try again.", fieldErrors: {} };
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath("/dashboard", "layout");
  return { ok: true, data: undefined, message: "Stages saved." };
}

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export async function addQuestionAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const kind = String(formData.get("kind") ?? "");
  const knockout = String(formData.get("knockout") ?? "");
  const options = lines(formData.get("options"));
  try {
    await addRequisitionQuestion(actor, String(formData.get("requisitionId") ?? ""), {
      label: String(formData.get("label") ?? ""),
      kind: (questionKinds as readonly string[]).includes(kind) ? (kind as (typeof questionKinds)[number]) : "short_text",
      required: formData.get("required") === "yes",
      options,
      knockoutAnswers: knockout ? [knockout] : [],
    });
  } catch (error) {
    return failureFrom(error, { label: String(formData.get("label") ?? ""), options: options.join("\n") });
  }
  revalidatePath("/dashboard", "layout");
  return { ok: true, data: undefined, message: "Question added to the application form." };
}

export async function removeQuestionAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await removeRequisitionQuestion(actor, String(formData.get("requisitionId") ?? ""), String(formData.get("questionId") ?? ""));
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath("/dashboard", "layout");
  return { ok: true, data: undefined, message: "Question removed. Answers already given are kept." };
}
