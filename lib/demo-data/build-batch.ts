import type { FormQuestion } from "@/lib/domain/application-questions";
import { requiredMetSortKey } from "@/lib/domain/evidence/summarise-evidence";
import type { StageKind } from "@/lib/domain/requisition-types";
import type { Random } from "./random";
import { buildResumeText, pickSkills, type DemoPerson } from "./resume-text";
import { cities, companies, domains, firstNames, jobTitles, lastNames, noteTemplates, sources, tags } from "./words";

export interface DemoRequisition {
  id: string;
  /** Relative share of the applications it receives. */
  weight: number;
  /** In board order. */
  stages: readonly { id: string; name: string; kind: StageKind }[];
  qualifications: readonly { id: string; kind: "required" | "preferred" }[];
  questions: readonly FormQuestion[];
}

export interface DemoContext {
  requisitions: readonly DemoRequisition[];
  /** The hiring team members who write notes and move candidates. */
  teamUserIds: readonly string[];
  now: Date;
  /** Makes emails unique to one generated data set. */
  emailDomain: string;
}

/** Rows named and shaped as the tables' columns, ready for a multi-row INSERT. */
export interface DemoBatch {
  candidates: { id: string; email: string; first_name: string; last_name: string; created_at: Date; updated_at: Date }[];
  applications: {
    id: string; candidate_id: string; requisition_id: string; stage_id: string; version: number; source: string; location: string;
    cover_letter: string | null; required_met: number; preferred_met: number; evidence_sort_key: number; knockout_flags: number;
    stage_entered_at: Date; created_at: Date; updated_at: Date;
  }[];
  resumes: { id: string; application_id: string; filename: string; text: string; created_at: Date }[];
  qualificationAnswers: { application_id: string; qualification_id: string; answer: "yes" | "partly" | "no"; evidence: string | null }[];
  questionAnswers: { application_id: string; question_key: string; question_label: string; answer: string; knockout: boolean }[];
  stageEvents: { id: string; application_id: string; from_stage_id: string | null; to_stage_id: string; actor_user_id: string | null; reason: string | null; created_at: Date }[];
  notes: { id: string; application_id: string; author_user_id: string; body: string; created_at: Date; updated_at: Date }[];
  tags: { application_id: string; tag: string; created_at: Date }[];
}

const DAY = 86_400_000;
// Where applications end up: most never get past the first stages; a quarter are rejected.
const stageWeights: Record<string, number> = { Applied: 45, "Recruiter screen": 14, "Technical screen": 8, Onsite: 4, Offer: 1.5, Hired: 1.5, Rejected: 26 };

function person(random: Random, index: number, context: DemoContext): DemoPerson {
  const firstName = random.pick(firstNames);
  const lastName = random.pick(lastNames);
  return {
    firstName,
    lastName,
    // The index keeps emails unique (one person, one candidate) however often names repeat.
    email: `${firstName}.${lastName}.${index}@${context.emailDomain}`.toLowerCase(),
    city: random.pick(cities),
    title: random.pick(jobTitles),
    skills: pickSkills(random, random.int(5, 10)),
    yearsOfExperience: random.int(1, 20),
  };
}

/** The stages an application went through, first to current, in board order. */
function path(random: Random, stages: DemoRequisition["stages"]): DemoRequisition["stages"][number][] {
  const target = random.weighted(stages.map((s) => [s, stageWeights[s.name] ?? 1] as const));
  const active = stages.filter((s) => s.kind === "active");
  if (target.kind === "active") return active.slice(0, active.indexOf(target) + 1);
  if (target.kind === "hired") return [...active, target];
  return [...active.slice(0, random.int(1, active.length)), target];
}

/**
 * `count` candidates starting at `firstIndex`, each with one application (some with a second, to
 * another requisition), a resume with text, answers, the stage history and sometimes notes and tags.
 */
export function buildDemoBatch(random: Random, context: DemoContext, firstIndex: number, count: number): DemoBatch {
  const batch: DemoBatch = { candidates: [], applications: [], resumes: [], qualificationAnswers: [], questionAnswers: [], stageEvents: [], notes: [], tags: [] };
  const weighted = context.requisitions.map((r) => [r, r.weight] as const);
  for (let i = firstIndex; i < firstIndex + count; i++) {
    const who = person(random, i, context);
    const appliedTo = new Set([random.weighted(weighted)]);
    if (random.chance(0.15)) appliedTo.add(random.weighted(weighted));
    const firstApplied = new Date(context.now.getTime() - random.int(0, 180 * DAY));
    const candidateId = random.uuid();
    batch.candidates.push({ id: candidateId, email: who.email, first_name: who.firstName, last_name: who.lastName, created_at: firstApplied, updated_at: firstApplied });
    for (const requisition of appliedTo) addApplication(random, context, batch, who, candidateId, requisition, firstApplied);
  }
  return batch;
}

function addApplication(random: Random, context: DemoContext, batch: DemoBatch, who: DemoPerson, candidateId: string, requisition: DemoRequisition, earliest: Date) {
  const id = random.uuid();
  const appliedAt = new Date(Math.min(context.now.getTime(), earliest.getTime() + random.int(0, 5 * DAY)));
  const tally = { required: { met: 0, partly: 0, total: 0 }, preferred: { met: 0, partly: 0, total: 0 } };
  const knockoutFlags: string[] = [];
  for (const q of requisition.qualifications) {
    const answer = random.weighted([["yes", 60], ["partly", 25], ["no", 15]] as const);
    const evidence = answer !== "no" && random.chance(0.45) ? `At ${random.pick(companies)} I used ${random.pick(who.skills)} for ${random.pick(domains)}.` : null;
    batch.qualificationAnswers.push({ application_id: id, qualification_id: q.id, answer, evidence });
    const t = tally[q.kind];
    t.total++;
    if (answer === "yes") t.met++;
    if (answer === "partly") t.partly++;
    if (answer === "no" && q.kind === "required") knockoutFlags.push(q.id);
  }
  for (const question of requisition.questions) {
    const answer = question.key === "visa_sponsorship" ? (random.chance(0.2) ? "Yes" : "No") : random.chance(0.9) ? "Yes" : "No";
    const knockout = question.knockoutAnswers.includes(answer);
    if (knockout) knockoutFlags.push(question.key);
    batch.questionAnswers.push({ application_id: id, question_key: question.key, question_label: question.label, answer, knockout });
  }

  let at = appliedAt.getTime();
  let enteredAt = at;
  let from: string | null = null;
  const stages: DemoRequisition["stages"][number][] = [];
  for (const [step, stage] of path(random, requisition.stages).entries()) {
    if (step > 0) at += random.int(DAY / 2, 9 * DAY);
    // A history that would run past now stops at its last move before now: a recent application has
    // not got far yet. Clamping the moves to now instead gave several moves the same instant, whose
    // order (by id) then broke the chain of from- and to-stages.
    if (at > context.now.getTime()) break;
    const actor = step === 0 ? null : random.pick(context.teamUserIds);
    batch.stageEvents.push({ id: random.uuid(), application_id: id, from_stage_id: from, to_stage_id: stage.id, actor_user_id: actor, reason: stage.kind === "rejected" ? "Not the right fit for this role." : null, created_at: new Date(at) });
    stages.push(stage);
    from = stage.id;
    enteredAt = at;
  }
  const current = stages.at(-1) ?? requisition.stages[0];
  if (!current) throw new Error(`requisition ${requisition.id} has no stages`);

  batch.applications.push({
    id,
    candidate_id: candidateId,
    requisition_id: requisition.id,
    stage_id: current.id,
    version: stages.length,
    source: random.weighted(sources),
    location: who.city,
    cover_letter: random.chance(0.3) ? `I would love to bring my ${who.skills.slice(0, 2).join(" and ")} experience to Sesame.` : null,
    // Simplified evidence summary: a "yes" counts as met. The real one also weighs the evidence text
    // and the resume; the generated data only has to sort and filter sensibly.
    required_met: tally.required.met,
    preferred_met: tally.preferred.met,
    evidence_sort_key: requiredMetSortKey({ ...tally, knockoutFlags, warnings: [] }),
    knockout_flags: knockoutFlags.length,
    stage_entered_at: new Date(enteredAt),
    created_at: appliedAt,
    updated_at: new Date(enteredAt),
  });
  batch.resumes.push({ id: random.uuid(), application_id: id, filename: `${who.firstName}-${who.lastName}.pdf`.toLowerCase(), text: buildResumeText(random, who, context.now), created_at: appliedAt });
  if (stages.length > 1 && random.chance(0.35)) {
    for (let n = random.int(1, 3); n > 0; n--) {
      const body = random
        .pick(noteTemplates)
        .replaceAll("{skill}", random.pick(who.skills))
        .replaceAll("{domain}", random.pick(domains))
        .replaceAll("{company}", random.pick(companies))
        .replaceAll("{city}", random.pick(cities))
        .replaceAll("{small}", String(random.int(2, 8)));
      const written = new Date(Math.min(context.now.getTime(), appliedAt.getTime() + random.int(DAY, 20 * DAY)));
      batch.notes.push({ id: random.uuid(), application_id: id, author_user_id: random.pick(context.teamUserIds), body, created_at: written, updated_at: written });
    }
  }
  if (random.chance(0.1)) {
    for (const tag of random.sample(tags, random.int(1, 2))) batch.tags.push({ application_id: id, tag, created_at: appliedAt });
  }
}
