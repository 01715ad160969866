import type { QualificationKind, StageKind } from "./requisition-types";

/** What one planned interview assesses: a qualification of the requisition (linked by id) or a custom label. */
export type FocusAttribute = { qualificationId: string; customLabel?: undefined } | { qualificationId?: undefined; customLabel: string };

export interface PlanStage {
  id: string;
  name: string;
  kind: StageKind;
  position: number;
}

export interface PlanQualification {
  id: string;
  kind: QualificationKind;
  text: string;
  position: number;
}

/** One interview of the plan as the rules see it, before or after it has an id. */
export interface PlannedInterview {
  stageId: string;
  name: string;
  durationMinutes: number;
  instructions: string;
  focus: FocusAttribute[];
}
