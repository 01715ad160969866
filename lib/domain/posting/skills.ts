/**
 * Splits a skills section into single skills. Comma- or bullet-separated lists split on their
 * separators; a line a job board ran together ("PythonKubernetesGCPRESTWebSocketsgRPC…") is split
 * at case changes, with known spellings kept whole so "WebSockets" and "PostgreSQL" survive.
 */
import { isTechTerm, termsStartingWith } from "./tech-vocabulary";
import { isLower, isSoftEnd, isSoftStart, isUpper } from "./text-scan";

const maxLine = 2000;
/** A skills list longer than this is not a skills list; stop rather than scan a megabyte. */
const maxSkills = 200;
const separators = /\s*(?:[,;|•·\t]|\s\/\s|\s[-–—]\s)\s*/;

/** Known term at `i` whose end is a plausible word end; the longest wins. */
function termAt(s: string, i: number): string | null {
  for (const term of termsStartingWith(s[i])) {
    if (!s.startsWith(term, i)) continue;
    const end = i + term.length;
    // Known terms may chain without a case change: "GCP" + "REST", "WebSockets" + "gRPC".
    if (end === s.length || s[end] === " " || isSoftEnd(s, end) || termsStartingWith(s[end]).some((t) => s.startsWith(t, end))) {
      return term;
    }
  }
  return null;
}

/** A term starting here even without a case change, e.g. "gRPC" after "WebSockets". */
function startsTerm(s: string, i: number): boolean {
  const candidates = termsStartingWith(s[i]);
  if (isSoftStart(s, i)) return candidates.some((t) => s.startsWith(t, i));
  return candidates.some((t) => isLower(t[0]) && /[A-Z]/.test(t) && s.startsWith(t, i));
}

interface Piece {
  text: string;
  known: boolean;
}

function splitRunTogether(s: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < s.length) {
    while (s[i] === " ") i++;
    if (i >= s.length) break;
    const term = termAt(s, i);
    if (term) {
      pieces.push({ text: term, known: true });
      i += term.length;
      continue;
    }
    let j = i + 1;
    while (j < s.length) {
      const camel = isLower(s[j - 1]) && isUpper(s[j]);
      const acronymEnd = isUpper(s[j - 1]) && isUpper(s[j]) && isLower(s[j + 1]) && j - 1 > i;
      if (camel || acronymEnd || (s[j - 1] !== " " && startsTerm(s, j) && termAt(s, j) !== null)) break;
      j++;
    }
    pieces.push({ text: s.slice(i, j).trim(), known: false });
    i = j;
  }
  return pieces.filter((p) => p.text !== "");
}

/** Splits one separator-free piece only when it clearly is several skills glued together. */
function splitPiece(piece: string): string[] {
  const pieces = splitRunTogether(piece);
  if (pieces.length >= 3 || (pieces.length === 2 && pieces.every((p) => p.known))) return pieces.map((p) => p.text);
  const words = piece.split(" ");
  if (words.length > 1 && words.every(isTechTerm)) return words;
  return [piece];
}

function clean(skill: string): string {
  return skill.replace(/^[\s\-–—*•.,:;]+|[\s.,:;]+$/g, "").replace(/^(?:and|or) /i, "").trim();
}

/** Skills from the lines of a skills section, de-duplicated, in order. */
export function splitSkills(lines: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const s = line.slice(0, maxLine);
    const parts = s.split(separators);
    const pieces = parts.length > 1 ? parts : splitPiece(s.trim());
    for (const piece of pieces) {
      const skill = clean(piece);
      const key = skill.toLowerCase();
      if (skill === "" || seen.has(key)) continue;
      seen.add(key);
      out.push(skill);
      if (out.length >= maxSkills) return out;
    }
  }
  return out;
}
