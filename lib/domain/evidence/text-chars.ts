/**
 * Character helpers for evidence matching. Candidate text is untrusted and may be large, so
 * everything here is a single pass with no regex that can backtrack.
 */

const asciiWord = /[A-Za-z0-9]/;
const unicodeWord = /[\p{L}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.charCodeAt(0) < 128 ? asciiWord.test(ch) : unicodeWord.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

export function isUpperAscii(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "A" && ch <= "Z";
}

export function isLowerAscii(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "a" && ch <= "z";
}

/**
 * Lower-cases ASCII letters only. String#toLowerCase can change the length of some non-ASCII
 * strings ("İ" becomes two code units), which would shift every match offset after it.
 */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/**
 * The form aliases are compared in: hyphens become spaces so "on-call", "on call" and
 * "real-time" / "real time" are one spelling. Length-preserving, so offsets stay valid.
 */
export function matchForm(s: string): string {
  return s.replace(/[-\u2010\u2011]/g, " ");
}

/** Whitespace runs to one space, trimmed: the shape sentences are stored and shown in. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}

/** Words (letters and digits) of `s`, with their offsets. */
export function wordsOf(s: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isWordChar(s[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && isWordChar(s[i])) i++;
    out.push({ word: s.slice(start, i), start });
  }
  return out;
}
