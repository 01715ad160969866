export const requisitionStatuses = ["draft", "open", "paused", "closed"] as const;
export type RequisitionStatus = (typeof requisitionStatuses)[number];

export const closeReasons = ["filled", "cancelled"] as const;
export type CloseReason = (typeof closeReasons)[number];

export const qualificationKinds = ["required", "preferred"] as const;
export type QualificationKind = (typeof qualificationKinds)[number];

export const stageKinds = ["active", "hired", "rejected"] as const;
export type StageKind = (typeof stageKinds)[number];

export interface StageTemplate {
  name: string;
  kind: StageKind;
}

/** The stages a new requisition starts with; each team may reshape them afterwards. */
export const defaultStages: readonly StageTemplate[] = [
  { name: "Applied", kind: "active" },
  { name: "Recruiter screen", kind: "active" },
  { name: "Technical screen", kind: "active" },
  { name: "Onsite", kind: "active" },
  { name: "Offer", kind: "active" },
  { name: "Hired", kind: "hired" },
  { name: "Rejected", kind: "rejected" },
];
