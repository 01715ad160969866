import type { StageKind } from "./requisition-types";

export interface EditableStage {
  id: string;
  name: string;
  kind: StageKind;
  position: number;
  applicationCount: number;
  /** Days an application may wait here before it needs attention; null for no target. */
  targetDays?: number | null;
}

export type StageEditCheck = { ok: true } | { ok: false; error: string };

/** Stage names are what people see on the board: short, unique within the requisition. */
export function checkStageName(name: string, others: readonly { name: string }[]): StageEditCheck {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, error: "Give the stage a name." };
  if (trimmed.length > 60) return { ok: false, error: "Keep stage names under 60 characters." };
  if (others.some((s) => s.name.toLowerCase() === trimmed.toLowerCase())) return { ok: false, error: `There is already a stage called ${trimmed}.` };
  return { ok: true };
}

/** Only empty stages can go, and never the Hired or Rejected stage that closing a loop needs. */
export function checkStageRemoval(stage: EditableStage, stages: readonly EditableStage[]): StageEditCheck {
  if (stage.applicationCount > 0) return { ok: false, error: `${stage.name} still holds ${stage.applicationCount} application(s). Move them first.` };
  if (stage.kind !== "active") return { ok: false, error: `The ${stage.name} stage is needed to close the loop and cannot be removed.` };
  if (stages.filter((s) => s.kind === "active").length <= 1) return { ok: false, error: "A requisition needs at least one active stage." };
  return { ok: true };
}

/**
 * The new order after moving a stage one place. Active stages move among themselves; Hired and
 * Rejected stay last, so the pipeline always ends in its outcomes.
 */
export function reorderStages(stages: readonly EditableStage[], stageId: string, direction: "up" | "down"): string[] | null {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  const index = ordered.findIndex((s) => s.id === stageId);
  const target = index + (direction === "up" ? -1 : 1);
  const moving = ordered[index];
  const neighbour = ordered[target];
  if (!moving || !neighbour || moving.kind !== "active" || neighbour.kind !== "active") return null;
  ordered[index] = neighbour;
  ordered[target] = moving;
  return ordered.map((s) => s.id);
}
