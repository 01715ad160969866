import type { StageKind } from "@/lib/domain/requisition-types";
import type { InterviewProgress } from "@/lib/services/board";

/** What the board shows of one application: plain data the page hands to the client board. */
export interface BoardCardView {
  id: string;
  version: number;
  stageId: string;
  candidateName: string;
  stageEnteredAt: Date;
  requiredMet: number | null;
  preferredMet: number | null;
  knockoutFlags: number;
  source: string | null;
  tags: string[];
  interviews: InterviewProgress | null;
}

export interface BoardStageView {
  id: string;
  name: string;
  kind: StageKind;
  count: number;
  hasMore: boolean;
  /** Link that shows more cards in this column; null when all are shown. */
  moreHref: string | null;
}

export interface RejectionReasonView {
  id: string;
  label: string;
  kind: "we_rejected" | "they_withdrew";
}
