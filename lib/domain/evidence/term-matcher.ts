/**
 * Finds vocabulary skills in a piece of text: leftmost-longest, whole words only, one pass.
 * Each position is checked against the few aliases sharing its first two characters, so the
 * cost is linear in the text whatever it contains.
 */
import { skills, type Alias } from "./skills-vocabulary";
import { asciiLower, isWordChar, matchForm } from "./text-chars";

export interface Mention {
  skill: string;
  /** The text as the candidate wrote it ("k8s"), for "found as …". */
  found: string;
  start: number;
  end: number;
}

/**
 * Spellings that are also ordinary words or letters in other phrases. Checked on the lower-cased
 * match form, so "Go-To-Market" is caught as "go to market".
 */
const guards: Record<string, { notBefore?: readonly string[]; notAfter?: readonly string[] }> = {
  Go: {
    notBefore: [" to market", " live", " ahead", " getter", " no go", "/no go"],
    notAfter: ["no ", "on the ", "let's ", "lets ", "ready to "],
  },
  C: {
    notBefore: [" suite", " level", " corp", ". ", " section", " grade", " drive"],
    notAfter: ["grade ", "plan ", "vitamin ", "type ", "class ", "series ", "section ", "appendix ", "usb ", "hepatitis ", "level "],
  },
  R: { notBefore: ["&", " & ", ". ", "'s"], notAfter: ["&", "mr ", "mrs ", "dr "] },
  search: { notAfter: ["job ", "executive ", "talent ", "candidate "] },
  streaming: { notBefore: [" data", " pipeline", " analytics", " etl", " ingestion"] },
  reliability: { notAfter: ["data "] },
};

const index = new Map<string, Alias[]>();
for (const skill of skills.values()) {
  for (const alias of skill.aliases) {
    const bucket = asciiLower(alias.key.slice(0, 2));
    index.set(bucket, [...(index.get(bucket) ?? []), alias]);
  }
}
for (const bucket of index.values()) bucket.sort((a, b) => b.key.length - a.key.length);

function endsWord(form: string, end: number, aliasLast: string | undefined): boolean {
  const next = form[end];
  if (next === undefined) return true;
  if (isWordChar(next)) return false;
  // "C" inside "C++" or "C#", "F" inside "F#": the punctuation belongs to a longer name.
  return !(isWordChar(aliasLast) && (next === "+" || next === "#"));
}

function guarded(alias: Alias, lower: string, start: number, end: number): boolean {
  const guard = guards[alias.text];
  if (!guard) return false;
  if (guard.notBefore?.some((g) => lower.startsWith(g, end))) return true;
  const before = lower.slice(Math.max(0, start - 12), start);
  return guard.notAfter?.some((g) => before.endsWith(g)) ?? false;
}

/** End of `alias` at `start`, allowing a plural "s", or -1 when it does not stand there as a word. */
function matchEnd(alias: Alias, exact: string, lower: string, start: number): number {
  const form = alias.caseSensitive ? exact : lower;
  if (!form.startsWith(alias.key, start)) return -1;
  const end = start + alias.key.length;
  const last = alias.key[alias.key.length - 1];
  if (endsWord(form, end, last)) return guarded(alias, lower, start, end) ? -1 : end;
  const plural = alias.key.length >= 2 && /[a-z]/i.test(last ?? "") && lower[end] === "s" && endsWord(form, end + 1, "s");
  return plural ? end + 1 : -1;
}

/** Every vocabulary skill mentioned in `text`, in order, without overlaps. */
export function findMentions(text: string): Mention[] {
  const exact = matchForm(text);
  const lower = asciiLower(exact);
  const out: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    const canStart = !isWordChar(text[i - 1]) && (isWordChar(text[i]) || text[i] === ".");
    if (!canStart) {
      i++;
      continue;
    }
    let best: { alias: Alias; end: number } | null = null;
    for (const bucket of [index.get(lower.slice(i, i + 2)), index.get(lower.slice(i, i + 1))]) {
      for (const alias of bucket ?? []) {
        const end = matchEnd(alias, exact, lower, i);
        if (end > (best?.end ?? -1)) best = { alias, end };
      }
    }
    if (best) {
      out.push({ skill: best.alias.skill, found: text.slice(i, best.end), start: i, end: best.end });
      i = best.end;
    } else {
      i++;
    }
  }
  return out;
}
