"use server";

import { revalidatePath } from "next/cache";
import { revalidatePublicJobs } from "@/lib/app/public-job-cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-actor";
import { parsePosting } from "@/lib/domain/posting/parse-posting";
import { applyDraftIntent, draftFromPosting, parseDraftIntent, type RequisitionDraft } from "@/lib/domain/requisition-draft";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { changeRequisitionStatus, updateRequisition } from "@/lib/services/requisition-editing";
import { createRequisitionFromDraft } from "@/lib/services/requisitions";
import { readPostingUpload } from "./read-posting-upload";
import { readRequisitionForm } from "./read-requisition-form";
import type { RequisitionFormState } from "./requisition-form-state";

/**
 * The review screen's one action, so that it works the same with and without JavaScript:
 * "parse" turns pasted text or a file into a draft; list edits (move, remove, add, switch between
 * required and preferred) come back as a new draft; "save" and "publish" write it.
 */
export async function requisitionFormAction(prev: RequisitionFormState, formData: FormData): Promise<RequisitionFormState> {
  const actor = await requireUser();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "parse") return parseIntoDraft(prev, formData);

  const draft = readRequisitionForm(formData);
  const edit = parseDraftIntent(intent);
  if (edit) {
    const qualifications = applyDraftIntent(draft.qualifications, edit);
    const moved = edit.type === "add" || edit.type === "toggle-kind" ? qualifications.length - 1 : edit.type === "remove" ? -1 : qualifications.indexOf(draft.qualifications[edit.index]!);
    return {
      ...prev,
      draft: { ...draft, qualifications },
      fieldErrors: {},
      error: undefined,
      revision: prev.revision + 1,
      focus: moved >= 0 ? `qualification-${moved}` : "qualifications-heading",
    };
  }
  if (intent !== "save" && intent !== "publish") return { ...prev, draft, error: "That button did nothing. Reload the page and try again." };

  const requisitionId = String(formData.get("requisitionId") ?? "");
  let destination: string;
  try {
    if (requisitionId) {
      const saved = await updateRequisition(actor, requisitionId, draft);
      if (intent === "publish") await changeRequisitionStatus(actor, { requisitionId, to: "open" });
      destination = `/dashboard/requisitions/${saved.id}?notice=${intent === "publish" ? "published" : "saved"}`;
    } else {
      const created = await createRequisitionFromDraft(actor, { draft, status: intent === "publish" ? "open" : "draft" });
      destination = intent === "publish" ? `/dashboard/requisitions/${created.id}?notice=published` : `/dashboard/requisitions/${created.id}/edit?notice=saved`;
    }
  } catch (error) {
    return failed(prev, draft, error);
  }
  revalidatePath("/dashboard", "layout");
  await revalidatePublicJobs();
  redirect(destination);
}

async function parseIntoDraft(prev: RequisitionFormState, formData: FormData): Promise<RequisitionFormState> {
  const upload = await readPostingUpload(formData.get("postingFile"));
  if (!upload.ok) return { ...prev, fieldErrors: { postingFile: [upload.error] }, error: upload.error };
  const pasted = String(formData.get("postingText") ?? "");
  const source = upload.text ?? pasted;
  if (!source.trim()) {
    const message = "Paste the posting, or choose a file to upload.";
    return { ...prev, fieldErrors: { postingText: [message] }, error: message };
  }
  const { posting, warnings } = parsePosting(source);
  return { draft: draftFromPosting(posting), warnings, fieldErrors: {}, revision: prev.revision + 1, focus: "review-heading" };
}

function failed(prev: RequisitionFormState, draft: RequisitionDraft, error: unknown): RequisitionFormState {
  if (error instanceof ValidationError) return { ...prev, draft, fieldErrors: error.fieldErrors, error: error.message, focus: undefined };
  if (error instanceof NotFoundError || error instanceof ConflictError) return { ...prev, draft, fieldErrors: {}, error: error.message };
  throw error;
}
