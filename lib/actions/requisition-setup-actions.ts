"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
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
    else return { ok: false, error: "That button did nothing. Reload the page and try again.", fieldErrors: {} };
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath("/dashboard", "layout");
  return { ok: true, data: undefined, message: "Stages saved." };
}
