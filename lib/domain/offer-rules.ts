import type { Actor } from "./actor";
import type { OfferStatus } from "./offer-types";
import type { RequisitionAccess } from "./permissions";
import type { Compensation } from "./posting/posting-types";

/** What one can do to an offer after drafting it. */
export const offerSteps = ["approve", "extend", "accept", "decline", "withdraw"] as const;
export type OfferStep = (typeof offerSteps)[number];

const stepRules: Record<OfferStep, { from: readonly OfferStatus[]; to: OfferStatus }> = {
  approve: { from: ["draft"], to: "approved" },
  extend: { from: ["approved"], to: "extended" },
  accept: { from: ["extended"], to: "accepted" },
  decline: { from: ["extended"], to: "declined" },
  // Once the candidate holds the offer it is theirs to answer; before that the team may take it back.
  withdraw: { from: ["draft", "approved"], to: "withdrawn" },
};

export interface OfferTerms {
  salary: number;
  currency: string;
  payPeriod: Compensation["period"];
}

/**
 * Inside the requisition's pay range: same currency, same period, min ≤ salary ≤ max. A requisition
 * without a range has nothing to be outside of.
 */
export function isWithinPayRange(terms: OfferTerms, range: Compensation | null): boolean {
  if (!range) return true;
  return terms.currency === range.currency && terms.payPeriod === range.period && terms.salary >= range.min && terms.salary <= range.max;
}

export type OfferStepCheck = { ok: true; to: OfferStatus } | { ok: false; error: string };

const stepNames: Record<OfferStep, string> = { approve: "approved", extend: "marked extended", accept: "accepted", decline: "declined", withdraw: "withdrawn" };

/** Whether `step` may happen to an offer in `status`; an outside-range offer needs a reason to be approved. */
export function checkOfferStep(status: OfferStatus, step: OfferStep, offer: { outsideRange: boolean; exceptionReason?: string | null }): OfferStepCheck {
  const rule = stepRules[step];
  if (!rule.from.includes(status)) return { ok: false, error: `An offer that is ${status} cannot be ${stepNames[step]}.` };
  if (step === "approve" && offer.outsideRange && !offer.exceptionReason?.trim()) {
    return { ok: false, error: "This offer is outside the requisition's pay range: give the reason for the exception." };
  }
  return { ok: true, to: rule.to };
}

/**
 * The hiring manager or a recruiter of the requisition, and admins and recruiters everywhere, draft
 * and carry offers; interviewers never see them (pay is not theirs to know).
 */
export function canHandleOffers(actor: Actor, access: RequisitionAccess): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  if (actor.role === "admin" || actor.role === "recruiter") return true;
  return access.teamRoles.some((role) => role === "hiring_manager" || role === "recruiter");
}

/** Approving an offer, and so any pay exception, is an admin's decision. */
export function canApproveOffers(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && actor.role === "admin");
}

/** The steps this actor may take on an offer in `status`, for the buttons the page shows. */
export function availableOfferSteps(actor: Actor, access: RequisitionAccess, status: OfferStatus): OfferStep[] {
  if (!canHandleOffers(actor, access)) return [];
  return offerSteps.filter((step) => stepRules[step].from.includes(status) && (step !== "approve" || canApproveOffers(actor)));
}
