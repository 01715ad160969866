/**
 * The one-line explanation shown next to each qualification's status. Every status carries its
 * reason in terms a reviewer can check against the resume: which terms were backed, where, and
 * which were only listed or missing.
 */
import type { Weakness } from "./sentence-strength";
import type { TermSupport } from "./term-support";

export type Answer = "yes" | "partly" | "no";

export interface ReasonFacts {
  answer: Answer | null;
  support: readonly TermSupport[];
  /** Terms the verdict was decided on, and how many of them needed backing. */
  counted: readonly TermSupport[];
  needed: number;
  hasResume: boolean;
  hasEvidence: boolean;
}

const weaknessText: Record<Weakness, string> = {
  "skills-list": "only in a skills list",
  "many-skills": "only in a line naming many skills",
  "no-context": "only with no work described",
};

function places(n: number): string {
  return n === 1 ? "1 place" : `${n} places`;
}

function backed(s: TermSupport): boolean {
  return s.strong > 0 || s.evidenceStrong;
}

function backedItem(s: TermSupport): string {
  const where = [s.strong > 0 ? `resume, ${places(s.strong)}` : "", s.evidenceStrong ? "evidence" : ""].filter(Boolean);
  return `${s.term.name} (${where.join("; ")})`;
}

function mentioned(s: TermSupport): boolean {
  return s.strong > 0 || s.weak > 0 || s.evidenceStrong || s.evidenceWeak;
}

/** "Backed with context: …. Mentioned only in a skills list: …. Not mentioned: …." */
export function supportDetails(support: readonly TermSupport[]): string {
  const strong = support.filter(backed);
  const missing = support.filter((s) => !mentioned(s));
  const weakGroups = new Map<string, string[]>();
  for (const s of support) {
    if (!mentioned(s) || backed(s)) continue;
    const why = weaknessText[s.weakness ?? "no-context"];
    weakGroups.set(why, [...(weakGroups.get(why) ?? []), s.term.name]);
  }
  return [
    strong.length ? `Backed with context: ${strong.map(backedItem).join(", ")}.` : "",
    ...[...weakGroups].map(([why, terms]) => `Mentioned ${why}: ${terms.join(", ")}.`),
    missing.length ? `Not mentioned: ${missing.map((s) => s.term.name).join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

function names(support: readonly TermSupport[]): string {
  return support.map((s) => s.term.name).join(", ");
}

/** Why a candidate who answered yes (or did not answer) falls short of `met`. */
function shortfall(f: ReasonFacts): string {
  const backedCount = f.counted.filter(backed).length;
  if (!f.hasResume && !f.hasEvidence) return "there is no resume text or evidence to back it";
  if (f.counted.length === 0) return "the qualification names nothing that can be checked against the resume";
  if (!f.counted.some(mentioned)) return `nothing in the resume or evidence mentions ${names(f.counted)}`;
  if (backedCount === 0) return "none of the key terms is backed with context";
  return `only ${backedCount} of the ${f.needed} key terms needed are backed with context`;
}

export function metReason(f: ReasonFacts): string {
  const source = f.counted.some((s) => s.strong > 0) ? "the resume" : "the evidence";
  const lead = f.answer === "yes" ? "Answered yes" : `Not answered, but ${source} backs it`;
  return `${lead}. ${supportDetails(f.support)}`;
}

export function partlyReason(f: ReasonFacts): string {
  if (f.answer === "partly") {
    if (!f.hasResume && !f.hasEvidence) return "Answered partly; there is no resume text or evidence to look at.";
    return `Answered partly. ${supportDetails(f.support)}`.trim();
  }
  const lead = f.answer === "yes" ? "Answered yes, but" : "Not answered;";
  return `${lead} ${shortfall(f)}. ${f.hasResume || f.hasEvidence ? supportDetails(f.support) : ""}`.trim();
}

export function notMetReason(f: ReasonFacts): string {
  const found = f.support.filter((s) => s.strong > 0 || s.weak > 0);
  if (found.length === 0) return "Answered no.";
  return `Answered no, though the resume mentions ${names(found)}; worth asking about.`;
}

export function unknownReason(f: ReasonFacts): string {
  if (!f.hasResume && !f.hasEvidence) return "No answer and no resume text.";
  if (f.support.length === 0) return "Not answered, and no key terms could be read from the qualification.";
  return `Not answered, and nothing in the resume mentions ${names(f.counted)}.`;
}
