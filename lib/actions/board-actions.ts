"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-actor";
import { bulkEmailCandidates, bulkMoveApplications, bulkRejectApplications, bulkTagApplications, type BulkItem, type BulkOutcome } from "@/lib/services/bulk-actions";
import { rejectApplication, undoRejectionEmail } from "@/lib/services/rejections";
import { failureFrom, type ActionResult } from "./action-result";
import { bulkSummary } from "./bulk-summary";

export interface RejectResult {
  applicationId: string;
  stageEventId: string;
  /** When the candidate email leaves; null when none was queued. */
  emailScheduledFor: string | null;
}

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function rejectApplicationAction(_prev: ActionResult<RejectResult> | undefined, formData: FormData): Promise<ActionResult<RejectResult>> {
  const actor = await requireUser();
  try {
    const applicationId = field(formData, "applicationId");
    const rejected = await rejectApplication(actor, {
      applicationId,
      expectedVersion: formData.get("expectedVersion"),
      reasonId: field(formData, "reasonId"),
      sendEmail: formData.get("sendEmail") === "on",
      note: field(formData, "note"),
    });
    revalidatePath("/dashboard", "layout");
    const email = rejected.emailScheduledFor;
    return {
      ok: true,
      data: { applicationId, stageEventId: rejected.stageEventId, emailScheduledFor: email?.toISOString() ?? null },
      message: email ? "Rejected. The email to the candidate waits before it is sent; you can still undo it." : "Rejected.",
    };
  } catch (error) {
    revalidatePath("/dashboard", "layout");
    return failureFrom(error);
  }
}

export async function undoRejectionEmailAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await undoRejectionEmail(actor, field(formData, "stageEventId"));
    return { ok: true, data: undefined, message: "The rejection email was cancelled." };
  } catch (error) {
    return failureFrom(error);
  }
}

const itemsJson = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "Select candidates." });
    return z.NEVER;
  }
});

/**
 * Move, reject or tag the selected cards; each card succeeds or fails on its own (a stale one is
 * reported). The items are JSON from the board and validated again by the service.
 */
export async function bulkBoardAction(_prev: ActionResult<BulkOutcome[]> | undefined, formData: FormData): Promise<ActionResult<BulkOutcome[]>> {
  const actor = await requireUser();
  try {
    const items = itemsJson.safeParse(field(formData, "items"));
    if (!items.success) return { ok: false, error: "Select candidates.", fieldErrors: {} };
    const operation = field(formData, "operation");
    let result: ActionResult<BulkOutcome[]>;
    if (operation === "move") {
      result = bulkSummary(await bulkMoveApplications(actor, { items: items.data as BulkItem[], toStageId: field(formData, "toStageId") }), "Moved");
    } else if (operation === "reject") {
      const outcomes = await bulkRejectApplications(actor, {
        items: items.data as BulkItem[],
        reasonId: field(formData, "reasonId"),
        sendEmail: formData.get("sendEmail") === "on",
        note: field(formData, "note"),
      });
      result = bulkSummary(outcomes, "Rejected");
    } else if (operation === "email") {
      const outcomes = await bulkEmailCandidates(actor, { items: items.data as BulkItem[], subject: field(formData, "subject"), body: field(formData, "body") });
      result = bulkSummary(outcomes, "Emailed");
    } else if (operation === "tag") {
      const ids = Array.isArray(items.data) ? items.data.map((item) => String((item as { applicationId?: unknown }).applicationId ?? "")) : [];
      await bulkTagApplications(actor, { applicationIds: ids, tag: field(formData, "tag") });
      result = { ok: true, data: ids.map((applicationId) => ({ applicationId, ok: true as const })), message: `Tagged ${ids.length}.` };
    } else {
      return { ok: false, error: "Choose what to do with the selected candidates.", fieldErrors: {} };
    }
    revalidatePath("/dashboard", "layout");
    return result;
  } catch (error) {
    revalidatePath("/dashboard", "layout");
    return failureFrom(error);
  }
}
