/**
 * Splits resume (or evidence) text into the units a reviewer would quote: a bullet, a line, or a
 * sentence within a paragraph. Lines wrapped by PDF extraction are joined back; abbreviations
 * ("e.g.", "U.S.", "Inc.") do not end a sentence. Input and output are bounded, because a
 * resume may be a megabyte of anything.
 */
import { collapseWhitespace, isDigit, isLowerAscii, isUpperAscii, isWordChar } from "./text-chars";

export const maxTextChars = 1_100_000;
export const maxSentences = 20_000;
/** Longer runs are not sentences anyone wrote; they are cut so later passes stay cheap. */
export const maxSentenceChars = 1_000;

const bulletMarks = new Set(["-", "*", "+", "•", "·", "●", "▪", "◦", "‣", "–", "—", "○", "■", "□", "➢", "►", "▸", "✓", "✔", "→", ">"]);

const abbreviations = new Set(
  "e.g i.e etc incl exp inc ltd co corp llc dr mr mrs ms sr jr st vs approx dept est no nos fig univ prof assoc mgr jan feb mar apr jun jul aug sep sept oct nov dec ph.d m.s b.s b.a m.a"
    .split(" "),
);

/** Strips a leading bullet or list number; reports whether there was one. */
function stripBullet(line: string): { text: string; bullet: boolean } {
  let i = 0;
  while (i < 3 && bulletMarks.has(line[i] ?? "")) i++;
  if (i === 0) {
    while (i < 3 && isDigit(line[i])) i++;
    if (i === 0 || (line[i] !== "." && line[i] !== ")")) return { text: line, bullet: false };
    i++;
  }
  // "-5% churn" and "*args" are text; an ASCII mark needs a space after it to be a bullet.
  const ascii = (line[i - 1] ?? "").charCodeAt(0) < 128;
  if (ascii && line[i] !== " ") return { text: line, bullet: false };
  return { text: line.slice(i).trim(), bullet: true };
}

/** True when the period at `dot` belongs to an abbreviation or an initial, not a sentence end. */
function isAbbreviation(s: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 12 && (isWordChar(s[start - 1]) || s[start - 1] === ".")) start--;
  const word = s.slice(start, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return true;
  return abbreviations.has(word) || word.includes(".");
}

function splitParagraph(p: string, out: string[]): void {
  let from = 0;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    if (p[i + 1] !== " ") continue;
    const next = p[i + 2];
    const opens = isUpperAscii(next) || isDigit(next) || next === '"' || next === "(" || (next !== undefined && !isLowerAscii(next) && isWordChar(next));
    if (!opens || (ch === "." && isAbbreviation(p, i))) continue;
    out.push(p.slice(from, i + 1));
    from = i + 2;
  }
  out.push(p.slice(from));
}

function pushBounded(sentence: string, out: string[]): void {
  const s = collapseWhitespace(sentence);
  let from = 0;
  while (s.length - from > maxSentenceChars) {
    let at = from + maxSentenceChars;
    // Prefer a space in the second half of the window; a spaceless run is cut hard.
    while (at > from + maxSentenceChars / 2 && s[at] !== " ") at--;
    if (s[at] !== " ") at = from + maxSentenceChars;
    out.push(s.slice(from, at).trim());
    from = at;
  }
  const rest = s.slice(from).trim();
  if (rest !== "") out.push(rest);
}

function hasWord(s: string): boolean {
  for (const c of s) if (isWordChar(c)) return true;
  return false;
}

function endsSentence(s: string): boolean {
  const last = s[s.length - 1];
  return last === "." || last === "!" || last === "?" || last === ":" || last === ";";
}

/** Paragraphs: bullets start one, blank lines end one, a wrapped lower-case line continues one. */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      if (current !== "") out.push(current);
      current = "";
      continue;
    }
    const { text: body, bullet } = stripBullet(line);
    const continues = !bullet && current !== "" && !endsSentence(current) && isLowerAscii(body[0]);
    if (continues) {
      current += " " + body;
    } else {
      if (current !== "") out.push(current);
      current = body;
    }
  }
  if (current !== "") out.push(current);
  return out;
}

/** The quotable units of `text`, in order, each whitespace-collapsed and at most maxSentenceChars. */
export function splitSentences(text: string): string[] {
  const bounded = text.slice(0, maxTextChars).replace(/\r\n?|[\u2028\u2029\f\v]/g, "\n").replace(/ [•▪●◦] /g, "\n");
  const out: string[] = [];
  for (const p of paragraphs(bounded)) {
    const parts: string[] = [];
    splitParagraph(p, parts);
    for (const part of parts) {
      pushBounded(part, out);
      if (out.length >= maxSentences) return out.slice(0, maxSentences);
    }
  }
  return out.filter(hasWord);
}
