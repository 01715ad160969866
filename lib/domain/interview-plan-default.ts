import type { FocusAttribute, PlanQualification, PlanStage, PlannedInterview } from "./interview-plan-types";

// Stage names that mean "people talk to the candidate here"; Applied and Offer do not.
const INTERVIEW_STAGE = /screen|interview|onsite|on-site|panel|loop|assessment|call|final round/i;
const RECRUITER_STAGE = /recruit|phone|\bhr\b|talent|intro/i;
// More than three qualifications in one hour leaves too little time to probe any of them.
const MAX_QUALIFICATIONS_PER_INTERVIEW = 3;
const NAME_LENGTH = 50;

export const DEFAULT_INSTRUCTIONS = {
  recruiterScreen:
    "Find out why the candidate wants this role and what they expect (timing, location, pay, notice period), and walk them through the process. Rate each focus attribute on the scorecard with what you heard.",
  technicalScreen:
    "Have the candidate walk you through a recent piece of their own work that shows each focus attribute, then go one level deeper: what they decided themselves, which alternatives they weighed, and what went wrong. Write down evidence, not impressions.",
  deepDive:
    "For each focus attribute, ask for a concrete example and probe it: the trade-offs they made, how it failed or could fail, and what they would change now. Separate what the candidate did from what their team did. Rate each attribute with the evidence you heard.",
  values:
    "Ask about a time the candidate disagreed with a decision, a time they gave or received hard feedback, and a time they helped a teammate succeed. Listen for how they explain their reasoning and how they treat others.",
} as const;

/** A qualification's opening phrase ("Solid distributed systems fundamentals"), short enough for a name. */
export function shortLabel(text: string): string {
  const head = (text.split(/[:;(]|\.\s|\.$/)[0] ?? text).trim();
  if (head.length <= NAME_LENGTH) return head;
  const cut = head.slice(0, NAME_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[,\s]+$/, "")}…`;
}

function interviewStages(stages: readonly PlanStage[]): PlanStage[] {
  const active = [...stages].filter((s) => s.kind === "active").sort((a, b) => a.position - b.position);
  const named = active.filter((s) => INTERVIEW_STAGE.test(s.name));
  if (named.length > 0) return named;
  // No stage says "interview": use the ones between intake and offer, or whatever active stage there is.
  return active.length >= 3 ? active.slice(1, -1) : active.slice(-1);
}

/** Splits `items` into `groups` runs whose sizes differ by at most one, keeping the order. */
function spread<T>(items: readonly T[], groups: number): T[][] {
  const result: T[][] = [];
  let start = 0;
  for (let g = 0; g < groups; g += 1) {
    const size = Math.floor(items.length / groups) + (g < items.length % groups ? 1 : 0);
    result.push(items.slice(start, start + size));
    start += size;
  }
  return result;
}

const byPosition = (a: PlanQualification, b: PlanQualification) => a.position - b.position;
const linked = (q: PlanQualification): FocusAttribute => ({ qualificationId: q.id });
const custom = (customLabel: string): FocusAttribute => ({ customLabel });

/**
 * The plan a new requisition starts with. Screens sit on the earlier interview stages (a recruiter
 * call, then a technical screen on the first required qualification), and the last interview stage
 * holds the onsite: deep dives that share out the remaining required qualifications, at most three
 * each, with the preferred ones added round-robin while there is room, and a values interview. Every required
 * qualification is covered at least once whenever the requisition has an active stage.
 */
export function defaultInterviewPlan(stages: readonly PlanStage[], qualifications: readonly PlanQualification[]): PlannedInterview[] {
  const rounds = interviewStages(stages);
  const onsite = rounds.at(-1);
  if (!onsite) return [];
  const required = qualifications.filter((q) => q.kind === "required").sort(byPosition);
  const preferred = qualifications.filter((q) => q.kind === "preferred").sort(byPosition);
  const plan: PlannedInterview[] = [];
  let remaining = required;
  let technicalScreenPlaced = false;
  for (const stage of rounds.slice(0, -1)) {
    if (RECRUITER_STAGE.test(stage.name)) {
      plan.push({ stageId: stage.id, name: "Recruiter screen", durationMinutes: 30, instructions: DEFAULT_INSTRUCTIONS.recruiterScreen, focus: [custom("Motivation"), custom("Communication")] });
    } else if (!technicalScreenPlaced) {
      technicalScreenPlaced = true;
      const first = remaining[0] ?? preferred[0];
      remaining = remaining.slice(1);
      plan.push({ stageId: stage.id, name: "Technical screen", durationMinutes: 45, instructions: DEFAULT_INSTRUCTIONS.technicalScreen, focus: first ? [linked(first)] : [custom("Technical skills")] });
    }
  }
  const groups = spread(remaining, Math.ceil(remaining.length / MAX_QUALIFICATIONS_PER_INTERVIEW));
  const deepDives = groups.map((group): PlannedInterview => ({
    stageId: onsite.id,
    name: `Deep dive: ${shortLabel(group[0]?.text ?? "")}`,
    durationMinutes: 60,
    instructions: DEFAULT_INSTRUCTIONS.deepDive,
    focus: group.map(linked),
  }));
  // Preferred qualifications fill spare room only: a fifth topic in an hour would crowd out the required ones.
  preferred.forEach((q, index) => {
    const target = deepDives[index % Math.max(deepDives.length, 1)];
    if (target && target.focus.length <= MAX_QUALIFICATIONS_PER_INTERVIEW) target.focus.push(linked(q));
  });
  plan.push(...deepDives);
  plan.push({ stageId: onsite.id, name: "Values", durationMinutes: 45, instructions: DEFAULT_INSTRUCTIONS.values, focus: [custom("Values"), custom("Communication")] });
  return plan;
}
