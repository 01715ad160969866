/**
 * Character-level helpers shared by the posting parsers. Job boards paste fields run together
 * ("CABellevue", "EngineeringOnsite"), so word boundaries here include case changes, not only spaces.
 */

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isLetter(ch: string | undefined): boolean {
  return isUpper(ch) || isLower(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

export function isWordChar(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch);
}

/** True when a word may start at `i`: after a non-letter, or at a camel/acronym boundary. */
export function isSoftStart(s: string, i: number): boolean {
  if (i <= 0) return true;
  const prev = s[i - 1];
  const cur = s[i];
  if (!isWordChar(prev)) return true;
  if (isLower(prev) && isUpper(cur)) return true;
  // "NYBackend": the acronym ends where an upper letter is followed by a lower one.
  return isUpper(prev) && isUpper(cur) && isLower(s[i + 1]);
}

/** True when a word ending just before `end` may stop there. */
export function isSoftEnd(s: string, end: number): boolean {
  if (end >= s.length) return true;
  const last = s[end - 1];
  const next = s[end];
  if (!isWordChar(next)) return true;
  if (isDigit(last) !== isDigit(next)) return isLetter(next) ? isUpper(next) : true;
  if (isLower(last) && isUpper(next)) return true;
  return isUpper(last) && isUpper(next) && isLower(s[end + 1]);
}

/**
 * Finds `word` case-insensitively where it stands as a word, allowing run-together neighbours.
 * `lower` must be `s.toLowerCase()`; callers pass it so a long line is lowered once.
 */
export function findSoftWord(s: string, lower: string, word: string, from = 0): number {
  const w = word.toLowerCase();
  let i = lower.indexOf(w, from);
  while (i !== -1) {
    if (isSoftStart(s, i) && isSoftEnd(s, i + w.length)) return i;
    i = lower.indexOf(w, i + 1);
  }
  return -1;
}

/** Curly quotes and odd spaces to plain ones, so phrase matching sees one spelling. */
export function plainPunctuation(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\t]/g, " ")
    .replace(/[\u200b\u200c\u200d\ufeff]/g, "");
}

export function collapseSpaces(s: string): string {
  return s.replace(/ {2,}/g, " ").trim();
}

/** Lower-cased, punctuation-light form used to compare headings and labels. */
export function phraseKey(s: string): string {
  // Only short lines are headings; the cap also keeps the trailing-punctuation strip cheap.
  return collapseSpaces(
    plainPunctuation(s.slice(0, 200))
      .toLowerCase()
      .replace(/[:.!?*_#>\-–—]+$/u, "")
      .replace(/^[*_#>\s]+/u, "")
      .replace(/&/g, " and ")
      .replace(/[\s]+/g, " "),
  );
}
