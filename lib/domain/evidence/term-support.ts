/**
 * Where one key term is found in scanned text, and how well: how many distinct sentences back
 * it with context, how many only mention it, and the excerpts a reviewer is shown.
 */
import { wordKey, type KeyTerm } from "./key-terms";
import type { ScannedSentence, ScannedText } from "./scan-text";
import type { Weakness } from "./sentence-strength";
import { skills } from "./skills-vocabulary";
import { wordsOf } from "./text-chars";

export interface EvidenceMatch {
  term: string;
  /** As written in the resume: "k8s" for Kubernetes, "GKE" for GCP. */
  found: string;
  /** The sentence, cut to about excerptChars around the match. */
  sentence: string;
  /** Position of the sentence in the resume, so one line can be recognised across qualifications. */
  sentenceIndex: number;
  strength: "strong" | "weak";
  weakness: Weakness | null;
}

interface Found {
  /** Distinct sentences that back the term with context, and that only mention it. */
  strong: number;
  weak: number;
  /** The most common reason the weak mentions are weak. */
  weakness: Weakness | null;
  matches: EvidenceMatch[];
}

export interface TermSupport {
  term: KeyTerm;
  /** Counts are for the resume; the candidate's evidence text is reported as two flags. */
  strong: number;
  weak: number;
  weakness: Weakness | null;
  matches: EvidenceMatch[];
  evidenceStrong: boolean;
  evidenceWeak: boolean;
}

export const excerptChars = 300;
export const matchesPerTerm = 3;

function excerpt(sentence: string, at: number): string {
  if (sentence.length <= excerptChars) return sentence;
  let from = Math.max(0, Math.min(at - Math.floor(excerptChars / 3), sentence.length - excerptChars));
  let to = from + excerptChars;
  while (from > 0 && from > at - excerptChars / 2 && sentence[from - 1] !== " ") from--;
  while (to < sentence.length && to > from + excerptChars - 30 && sentence[to] !== " ") to--;
  return `${from > 0 ? "…" : ""}${sentence.slice(from, to).trim()}${to < sentence.length ? "…" : ""}`;
}

function findIn(sentence: ScannedSentence, term: KeyTerm): { found: string; at: number } | null {
  if (term.source === "vocabulary") {
    const m = sentence.mentions.find((x) => skills.get(x.skill)?.countsFor.includes(term.name));
    return m ? { found: m.found, at: m.start } : null;
  }
  const key = wordKey(term.name);
  // A cheap substring test first: most sentences do not contain the word at all.
  if (!sentence.text.toLowerCase().includes(key)) return null;
  const w = wordsOf(sentence.text).find((x) => wordKey(x.word) === key);
  return w ? { found: w.word, at: w.start } : null;
}

function scan(term: KeyTerm, text: ScannedText): Found {
  const strongSeen = new Set<string>();
  const weakSeen = new Set<string>();
  const weaknesses = new Map<Weakness, number>();
  const strongMatches: EvidenceMatch[] = [];
  const weakMatches: EvidenceMatch[] = [];
  text.sentences.forEach((sentence, sentenceIndex) => {
    const hit = findIn(sentence, term);
    if (!hit) return;
    const s = sentence.strength;
    const seen = s.strength === "strong" ? strongSeen : weakSeen;
    // The same line pasted ten times is one piece of evidence, not ten.
    if (seen.has(sentence.text)) return;
    seen.add(sentence.text);
    const weakness = s.strength === "weak" ? s.weakness : null;
    if (weakness) weaknesses.set(weakness, (weaknesses.get(weakness) ?? 0) + 1);
    const list = s.strength === "strong" ? strongMatches : weakMatches;
    if (list.length < matchesPerTerm) {
      list.push({ term: term.name, found: hit.found, sentence: excerpt(sentence.text, hit.at), sentenceIndex, strength: s.strength, weakness });
    }
  });
  const weakness = [...weaknesses].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    strong: strongSeen.size,
    weak: weakSeen.size,
    weakness,
    matches: [...strongMatches, ...weakMatches].slice(0, matchesPerTerm),
  };
}

const nothing: Found = { strong: 0, weak: 0, weakness: null, matches: [] };

export function supportFor(term: KeyTerm, resume: ScannedText | null, evidence: ScannedText | null): TermSupport {
  const r = resume ? scan(term, resume) : nothing;
  const e = evidence ? scan(term, evidence) : nothing;
  return {
    term,
    strong: r.strong,
    weak: r.weak,
    weakness: r.weakness ?? e.weakness,
    matches: r.matches,
    evidenceStrong: e.strong > 0,
    evidenceWeak: e.weak > 0,
  };
}
