/**
 * What a qualification is about: the vocabulary skills it names, or, when it names none, its
 * meaningful words, and how many of those a candidate must back for it to count as met:
 * all-of lists and one-of lists read differently to a reviewer.
 */
import { isGenericSkill } from "./skills-vocabulary";
import { genericWords, stopWords } from "./stop-words";
import { findMentions } from "./term-matcher";
import { collapseWhitespace, isDigit, wordsOf } from "./text-chars";

export interface KeyTerm {
  name: string;
  /** "vocabulary": a known skill, matched with its synonyms; "word": a plain word, matched as written. */
  source: "vocabulary" | "word";
  /** Broad concepts ("databases") that may not stand in for the specific skills beside them. */
  generic: boolean;
}

const maxQualificationChars = 2_000;
const maxFallbackWords = 6;
/** Even a long all-of list is met by solid context on this many of its terms. */
const maxNeeded = 3;

/** Plural and possessive folded away, so "ledgers" finds "ledger" and "forklifts" finds "forklift". */
export function wordKey(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w;
}

function fallbackTerms(text: string): KeyTerm[] {
  const seen = new Set<string>();
  const out: KeyTerm[] = [];
  for (const { word } of wordsOf(text)) {
    const lower = word.toLowerCase();
    if (lower.length < 3 || isDigit(lower[0]) || stopWords.has(lower) || genericWords.has(lower)) continue;
    const key = wordKey(lower);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: lower, source: "word", generic: false });
    if (out.length >= maxFallbackWords) break;
  }
  return out;
}

export function keyTermsOf(qualificationText: string): KeyTerm[] {
  const text = collapseWhitespace(qualificationText.slice(0, maxQualificationChars));
  const names = [...new Set(findMentions(text).map((m) => m.skill))];
  if (names.length === 0) return fallbackTerms(text);
  return names.map((name) => ({ name, source: "vocabulary", generic: isGenericSkill(name) }));
}

const oneOfMarkers = /\b(?:at least one|one of|any of|either|such as|for example|for instance|e\.g|eg\.|or)\b/i;

export interface CoverageRule {
  /** The terms the verdict is decided on: the specific ones when there are any. */
  counted: readonly KeyTerm[];
  /** How many of `counted` need backing with context for the qualification to be met. */
  needed: number;
}

/**
 * "(e.g., CRDTs, real-time systems)", "X or Y", "at least one language" and menus of areas
 * ("payments (billing, ledgers), search (ranking, indexing)") ask for one term. Other lists ask
 * for most of their terms, capped so a long list does not demand everything. Generic concepts
 * ("scalable", "data stores") are shown but do not decide when specific skills sit beside them.
 */
export function coverageRule(qualificationText: string, terms: readonly KeyTerm[]): CoverageRule {
  const specific = terms.filter((t) => !t.generic);
  const counted = specific.length > 0 ? specific : terms;
  if (counted.length === 0) return { counted, needed: 0 };
  const text = qualificationText.slice(0, maxQualificationChars);
  const menuGroups = text.split("(").slice(1).filter((g) => g.split(")")[0]?.includes(",")).length;
  if (oneOfMarkers.test(text) || menuGroups >= 2) return { counted, needed: 1 };
  const n = counted.length;
  return { counted, needed: Math.min(maxNeeded, n - Math.floor(n / 3)) };
}
