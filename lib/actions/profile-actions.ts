"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-actor";
import { mergeCandidates } from "@/lib/services/candidate-merge";
import { markMentionRead } from "@/lib/services/inbox";
import { addNote, editNote, type NoteSaved } from "@/lib/services/notes";
import { addTags, removeTag } from "@/lib/services/tags";
import { failureFrom, textValues, type ActionResult } from "./action-result";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

function describeSaved(verb: string, saved: NoteSaved): string {
  const parts = [`Note ${verb}.`];
  if (saved.mentioned.length > 0) parts.push(`Notified: ${saved.mentioned.join(", ")}.`);
  if (saved.notRecorded.length > 0) parts.push(`Not notified (cannot see this application): ${saved.notRecorded.join(", ")}.`);
  if (saved.unresolved.length > 0) parts.push(`No teammate matches ${saved.unresolved.join(", ")}.`);
  return parts.join(" ");
}

export async function addNoteAction(_prev: ActionResult<NoteSaved> | undefined, formData: FormData): Promise<ActionResult<NoteSaved>> {
  const actor = await requireUser();
  const applicationId = field(formData, "applicationId");
  try {
    const saved = await addNote(actor, { applicationId, body: field(formData, "body") });
    revalidatePath(`/dashboard/applications/${applicationId}`);
    return { ok: true, data: saved, message: describeSaved("added", saved) };
  } catch (error) {
    return failureFrom(error, textValues(formData, ["body"]));
  }
}

export async function editNoteAction(_prev: ActionResult<NoteSaved> | undefined, formData: FormData): Promise<ActionResult<NoteSaved>> {
  const actor = await requireUser();
  try {
    const saved = await editNote(actor, { noteId: field(formData, "noteId"), body: field(formData, "body") });
    revalidatePath(`/dashboard/applications/${field(formData, "applicationId")}`);
    return { ok: true, data: saved, message: describeSaved("saved", saved) };
  } catch (error) {
    return failureFrom(error, textValues(formData, ["body"]));
  }
}

/** One form for the tag list: the "remove" button carries the tag to remove, otherwise the typed tags are added. */
export async function updateTagsAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const applicationId = field(formData, "applicationId");
  const remove = formData.get("remove");
  try {
    if (typeof remove === "string") {
      await removeTag(actor, applicationId, remove);
    } else {
      const tags = field(formData, "tag").split(",").filter((t) => t.trim() !== "");
      await addTags(actor, [applicationId], tags);
    }
    revalidatePath(`/dashboard/applications/${applicationId}`);
    return { ok: true, data: undefined };
  } catch (error) {
    return failureFrom(error, typeof remove === "string" ? {} : textValues(formData, ["tag"]));
  }
}

export async function mergeCandidatesAction(_prev: ActionResult<{ moved: number }> | undefined, formData: FormData): Promise<ActionResult<{ moved: number }>> {
  const actor = await requireUser();
  try {
    const merged = await mergeCandidates(actor, { keepCandidateId: field(formData, "keepCandidateId"), mergeCandidateId: field(formData, "mergeCandidateId") });
    revalidatePath("/dashboard", "layout");
    return { ok: true, data: { moved: merged.movedApplicationIds.length }, message: `Merged: ${merged.movedApplicationIds.length} application(s) moved to this candidate.` };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function markMentionReadAction(formData: FormData): Promise<void> {
  const actor = await requireUser();
  try {
    await markMentionRead(actor, field(formData, "noteId"));
  } catch (error) {
    // Already read in another tab, or no longer visible: either way it leaves the inbox.
    failureFrom(error);
  }
  revalidatePath("/dashboard");
}
