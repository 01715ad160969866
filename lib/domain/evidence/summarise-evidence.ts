/**
 * The one-line view of an application's evidence: required met x of y, preferred met x of y,
 * and flags a reviewer must not miss. Deliberately not a single score — each number links back
 * to per-qualification reasons.
 */
import type { QualificationAssessment } from "./assess-qualification";

export interface KnockoutResult {
  question: string;
  /** True when the candidate's answer disqualifies them (e.g. "no" to "Are you authorised to work…?"). */
  failed: boolean;
}

export interface Tally {
  met: number;
  partly: number;
  total: number;
}

export interface EvidenceSummary {
  required: Tally;
  preferred: Tally;
  knockoutFlags: string[];
  /** Things that make the tallies less trustworthy, such as one line stuffed with every keyword. */
  warnings: string[];
}

/** One resume line feeding this many qualifications (and at least half of them) is stuffing. */
const stuffedLineMin = 3;

function tally(assessments: readonly QualificationAssessment[]): Tally {
  return {
    met: assessments.filter((a) => a.status === "met").length,
    partly: assessments.filter((a) => a.status === "partly").length,
    total: assessments.length,
  };
}

function quoted(text: string): string {
  return text.length > 80 ? `“${text.slice(0, 79)}…”` : `“${text}”`;
}

function stuffingWarnings(assessments: readonly QualificationAssessment[]): string[] {
  const reach = new Map<number, Set<string>>();
  for (const a of assessments) {
    for (const m of a.matches) {
      if (m.strength !== "weak") continue;
      reach.set(m.sentenceIndex, (reach.get(m.sentenceIndex) ?? new Set()).add(a.qualificationId));
    }
  }
  const widest = [...reach.values()].reduce((max, s) => Math.max(max, s.size), 0);
  if (widest < stuffedLineMin || widest * 2 < assessments.length) return [];
  return [`One resume line mentions the key terms of ${widest} of ${assessments.length} qualifications; it is read as a keyword list, not as evidence.`];
}

export function summariseEvidence(
  assessments: readonly QualificationAssessment[],
  knockouts: readonly KnockoutResult[] = [],
): EvidenceSummary {
  const required = assessments.filter((a) => a.kind === "required");
  return {
    required: tally(required),
    preferred: tally(assessments.filter((a) => a.kind === "preferred")),
    knockoutFlags: [
      ...knockouts.filter((k) => k.failed).map((k) => `Knockout: ${quoted(k.question)}`),
      // The candidate's own "no" to a required qualification is as decisive as a knockout question.
      ...required.filter((a) => a.status === "not_met").map((a) => `Answered no to required ${quoted(a.text)}`),
    ],
    warnings: stuffingWarnings(assessments),
  };
}

const place = 1_000;
function digit(n: number): number {
  return Math.min(place - 1, Math.max(0, n));
}

/**
 * Sorts applications for "required met" ordering, highest first: no knockout flags, then more
 * required met, then more required partly, then more preferred met. A key rather than a score:
 * it only orders applications to the same requisition and means nothing on its own.
 */
export function requiredMetSortKey(summary: EvidenceSummary): number {
  const clear = summary.knockoutFlags.length === 0 ? 1 : 0;
  return ((clear * place + digit(summary.required.met)) * place + digit(summary.required.partly)) * place + digit(summary.preferred.met);
}
