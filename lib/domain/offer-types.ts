/**
 * An offer's life: drafted by the hiring manager or recruiter, approved by an admin, extended to the
 * candidate, then accepted or declined. A draft or approved offer can be withdrawn.
 */
export const offerStatuses = ["draft", "approved", "extended", "accepted", "declined", "withdrawn"] as const;
export type OfferStatus = (typeof offerStatuses)[number];

export const offerStatusLabels: Record<OfferStatus, string> = {
  draft: "Awaiting approval",
  approved: "Approved",
  extended: "Extended",
  accepted: "Accepted",
  declined: "Declined",
  withdrawn: "Withdrawn",
};

/** Offers that still count: at most one per application. */
export const liveOfferStatuses = ["draft", "approved", "extended", "accepted"] as const satisfies readonly OfferStatus[];
