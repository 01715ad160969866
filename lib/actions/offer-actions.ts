"use server";

import { revalidatePath } from "next/cache";
import { revalidatePublicJobs } from "@/lib/app/public-job-cache";
import { requireUser } from "@/lib/auth/current-actor";
import { offerSteps, type OfferStep } from "@/lib/domain/offer-rules";
import { bulkRejectApplications } from "@/lib/services/bulk-actions";
import type { DraftOfferInput } from "@/lib/services/offer-schema";
import { approveOffer, draftOffer, markOfferExtended, recordOfferResponse, withdrawOffer, type OfferStepResult } from "@/lib/services/offers";
import { setRequisitionHeadcount } from "@/lib/services/requisition-headcount";
import { failureFrom, textValues, type ActionResult } from "./action-result";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const DRAFT_FIELDS = ["salary", "currency", "payPeriod", "startDate", "notes"] as const;

export async function draftOfferAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await draftOffer(actor, {
      applicationId: field(formData, "applicationId"),
      salary: field(formData, "salary"),
      currency: field(formData, "currency"),
      // The service's schema refuses anything but a known period.
      payPeriod: field(formData, "payPeriod") as DraftOfferInput["payPeriod"],
      startDate: field(formData, "startDate"),
      notes: field(formData, "notes"),
    });
  } catch (error) {
    return failureFrom(error, textValues(formData, DRAFT_FIELDS));
  }
  revalidatePath("/dashboard", "layout");
  return { ok: true, data: undefined, message: "Offer drafted. It now waits for an admin's approval." };
}

const stepMessages: Record<OfferStep, string> = {
  approve: "Offer approved.",
  extend: "Offer marked as extended.",
  accept: "Offer accepted: the candidate is hired.",
  decline: "Offer marked as declined.",
  withdraw: "Offer withdrawn.",
};

/** Approve, Mark extended, Accepted, Declined, Withdraw offer: one form each, named by `step`. */
export async function takeOfferStepAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const step = field(formData, "step");
  const input = { offerId: field(formData, "offerId"), expectedVersion: Number(field(formData, "expectedVersion")) };
  let result: OfferStepResult;
  try {
    if (!(offerSteps as readonly string[]).includes(step)) return { ok: false, error: "That button did nothing. Reload the page and try again.", fieldErrors: {} };
    if (step === "approve") result = await approveOffer(actor, { ...input, exceptionReason: field(formData, "exceptionReason") });
    else if (step === "extend") result = await markOfferExtended(actor, input);
    else if (step === "accept" || step === "decline") result = await recordOfferResponse(actor, { ...input, response: step === "accept" ? "accepted" : "declined" });
    else result = await withdrawOffer(actor, input);
  } catch (error) {
    return failureFrom(error, textValues(formData, ["exceptionReason"]));
  }
  revalidatePath("/dashboard", "layout");
  if (result.requisitionFilled) {
    await revalidatePublicJobs();
    return { ok: true, data: undefined, message: `${stepMessages.accept} The requisition is now filled and closed.` };
  }
  return { ok: true, data: undefined, message: stepMessages[step as OfferStep] };
}

export async function setHeadcountAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await setRequisitionHeadcount(actor, field(formData, "requisitionId"), field(formData, "headcount"));
  } catch (error) {
    return failureFrom(error, textValues(formData, ["headcount"]));
  }
  revalidatePath("/dashboard", "layout");
  return { ok: true, data: undefined, message: "Headcount saved." };
}

/**
 * Rejects the chosen remaining candidates of a filled requisition through the ordinary rejection
 * flow (each on its own, version-checked). Checkbox values are "applicationId:version".
 */
export async function rejectRemainingCandidatesAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const items = formData
    .getAll("selected")
    .map(String)
    .map((value) => {
      const [applicationId = "", version = ""] = value.split(":");
      return { applicationId, expectedVersion: version };
    });
  const values = textValues(formData, ["note"]);
  if (items.length === 0) return { ok: false, error: "Select at least one candidate.", fieldErrors: { selected: ["Select at least one candidate."] }, values };
  if (!field(formData, "reasonId")) return { ok: false, error: "Choose a reason.", fieldErrors: { reasonId: ["Choose a reason."] }, values };
  try {
    const outcomes = await bulkRejectApplications(actor, { items, reasonId: field(formData, "reasonId"), sendEmail: formData.get("sendEmail") === "on", note: field(formData, "note") });
    revalidatePath("/dashboard", "layout");
    const failed = outcomes.filter((o) => !o.ok);
    const message = `Rejected ${outcomes.length - failed.length} of ${outcomes.length}.`;
    if (failed.length === 0) return { ok: true, data: undefined, message };
    return { ok: false, error: `${message} ${[...new Set(failed.map((o) => (o.ok ? "" : o.error)))].join(" ")}`, fieldErrors: {}, values };
  } catch (error) {
    return failureFrom(error, values);
  }
}
