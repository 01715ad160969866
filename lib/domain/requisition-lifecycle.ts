import type { CloseReason, RequisitionStatus } from "./requisition-types";

/** Which status changes exist. Closed jobs may be reopened: a filled role sometimes opens again. */
const transitions: Record<RequisitionStatus, readonly RequisitionStatus[]> = {
  draft: ["open", "closed"],
  open: ["paused", "closed"],
  paused: ["open", "closed"],
  closed: ["open"],
};

export type StatusChangeCheck = { ok: true } | { ok: false; error: string };

export function checkStatusChange(from: RequisitionStatus, to: RequisitionStatus, closeReason: CloseReason | null): StatusChangeCheck {
  if (!transitions[from].includes(to)) return { ok: false, error: `A ${from} requisition cannot become ${to}.` };
  if (to === "closed" && !closeReason) return { ok: false, error: "Say why the requisition is closing: filled or cancelled." };
  return { ok: true };
}

export function nextStatuses(from: RequisitionStatus): readonly RequisitionStatus[] {
  return transitions[from];
}

/** Only open requisitions are public and take applications. */
export function isPublic(status: RequisitionStatus): boolean {
  return status === "open";
}
