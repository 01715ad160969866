import type { FocusAttribute, PlanQualification } from "./interview-plan-types";

/**
 * The required qualifications that no interview of the plan assesses, in their order. Pass only
 * the interviews that count (not archived, on stages still in use) and the open qualifications.
 */
export function uncoveredRequiredQualifications<Q extends PlanQualification>(qualifications: readonly Q[], interviews: readonly { focus: readonly FocusAttribute[] }[]): Q[] {
  const covered = new Set(interviews.flatMap((i) => i.focus.map((f) => f.qualificationId).filter((id): id is string => id !== undefined)));
  return qualifications.filter((q) => q.kind === "required" && !covered.has(q.id)).sort((a, b) => a.position - b.position);
}
