/**
 * One qualification, one candidate: their answer, their evidence text, what the resume shows
 * for the qualification's key terms, and a status with the reason behind it.
 *
 * The candidate's own "no" is final. A "yes" becomes `met` only with context behind it — a
 * resume sentence or evidence text that describes work with the skill — so a resume that lists
 * every keyword reads as `partly` at best. Absence from the resume is never read as `not_met`:
 * resumes are incomplete and vocabularies miss things, so with no answer it stays `unknown`.
 */
import type { QualificationKind } from "../requisition-types";
import { metReason, notMetReason, partlyReason, unknownReason, type Answer, type ReasonFacts } from "./assessment-reason";
import { coverageRule, keyTermsOf } from "./key-terms";
import { isScannedText, scanText, type ScannedText } from "./scan-text";
import { supportFor, type EvidenceMatch, type TermSupport } from "./term-support";

export type { Answer } from "./assessment-reason";
export type { EvidenceMatch } from "./term-support";

export const evidenceStatuses = ["met", "partly", "not_met", "unknown"] as const;
export type EvidenceStatus = (typeof evidenceStatuses)[number];

export interface QualificationRef {
  id: string;
  kind: QualificationKind;
  text: string;
}

export interface AssessQualificationInput {
  qualification: QualificationRef;
  answer: Answer | null;
  evidence: string | null;
  /** Raw text, or scanText(raw) when several qualifications are assessed against one resume. */
  resumeText: string | ScannedText | null;
}

export interface QualificationAssessment {
  qualificationId: string;
  kind: QualificationKind;
  text: string;
  answer: Answer | null;
  evidence: string | null;
  terms: string[];
  matches: EvidenceMatch[];
  status: EvidenceStatus;
  reason: string;
}

/** Evidence is a free-text answer; more than this is not an answer to one question. */
export const maxEvidenceChars = 20_000;

function scanned(text: string | ScannedText | null, cap: number): ScannedText | null {
  if (text === null) return null;
  const s = isScannedText(text) ? text : scanText(text.slice(0, cap));
  return s.sentences.length > 0 ? s : null;
}

function decide(facts: ReasonFacts): { status: EvidenceStatus; reason: string } {
  const { answer, counted, needed } = facts;
  if (answer === "no") return { status: "not_met", reason: notMetReason(facts) };
  if (answer === "partly") return { status: "partly", reason: partlyReason(facts) };
  const backed = counted.filter((s) => s.strong > 0 || s.evidenceStrong).length;
  if (counted.length > 0 && backed >= needed) return { status: "met", reason: metReason(facts) };
  if (answer === "yes") return { status: "partly", reason: partlyReason(facts) };
  const anything = counted.some((s) => s.strong + s.weak > 0 || s.evidenceStrong || s.evidenceWeak);
  return anything ? { status: "partly", reason: partlyReason(facts) } : { status: "unknown", reason: unknownReason(facts) };
}

export function assessQualification(input: AssessQualificationInput): QualificationAssessment {
  const { qualification, answer } = input;
  const resume = scanned(input.resumeText, Infinity);
  const evidence = scanned(input.evidence, maxEvidenceChars);
  const terms = keyTermsOf(qualification.text);
  const rule = coverageRule(qualification.text, terms);
  const support: TermSupport[] = terms.map((term) => supportFor(term, resume, evidence));
  const counted = support.filter((s) => rule.counted.includes(s.term));
  const { status, reason } = decide({
    answer,
    support,
    counted,
    needed: rule.needed,
    hasResume: resume !== null,
    hasEvidence: evidence !== null,
  });
  return {
    qualificationId: qualification.id,
    kind: qualification.kind,
    text: qualification.text,
    answer,
    evidence: input.evidence,
    terms: terms.map((t) => t.name),
    matches: support.flatMap((s) => s.matches),
    status,
    reason,
  };
}
