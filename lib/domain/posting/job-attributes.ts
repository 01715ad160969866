/**
 * Workplace type and employment type from the words boards and recruiters use ("On-site",
 * "Full time", "6-month contract"). Matching allows run-together neighbours ("EngineeringOnsite").
 */
import type { EmploymentType, WorkplaceType } from "./posting-types";
import { findSoftWord } from "./text-scan";

export interface WordHit<T> {
  value: T;
  start: number;
  end: number;
}

const workplaceWords: [WorkplaceType, string[]][] = [
  ["hybrid", ["hybrid"]],
  ["remote", ["fully remote", "100% remote", "remote-first", "remote first", "remote-friendly", "remote friendly", "remote", "work from home", "work-from-home", "wfh", "work from anywhere"]],
  ["onsite", ["on-site", "onsite", "on site", "in-office", "in office", "office-based", "office based", "in-person", "in person"]],
];

const employmentWords: [EmploymentType, string[]][] = [
  ["internship", ["internship", "intern", "co-op", "placement year"]],
  ["temporary", ["temporary", "temp-to-perm", "temp", "seasonal", "fixed-term", "fixed term", "maternity cover"]],
  ["contract", ["contract-to-hire", "contract to hire", "contractor", "contract", "freelance", "c2h"]],
  ["part_time", ["part-time", "part time", "parttime"]],
  ["full_time", ["full-time", "full time", "fulltime"]],
];

const maxScan = 2000;

function hits<T>(text: string, table: [T, string[]][]): WordHit<T>[] {
  const s = text.slice(0, maxScan);
  const lower = s.toLowerCase();
  const found: WordHit<T>[] = [];
  for (const [value, words] of table) {
    for (const word of words) {
      let at = findSoftWord(s, lower, word);
      while (at !== -1) {
        const end = at + word.length;
        if (!found.some((h) => at < h.end && end > h.start)) found.push({ value, start: at, end });
        at = findSoftWord(s, lower, word, end);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function workplaceHits(text: string): WordHit<WorkplaceType>[] {
  return hits(text, workplaceWords);
}

export function employmentHits(text: string): WordHit<EmploymentType>[] {
  return hits(text, employmentWords);
}

/** Hybrid wins ("Hybrid – 3 days in office"); otherwise the first word mentioned. */
export function pickWorkplace(found: WorkplaceType[]): WorkplaceType | null {
  if (found.includes("hybrid")) return "hybrid";
  return found[0] ?? null;
}

/** The most specific type wins: a "full-time internship" is an internship. */
export function pickEmployment(found: EmploymentType[]): EmploymentType | null {
  for (const [value] of employmentWords) if (found.includes(value)) return value;
  return null;
}

export function workplaceIn(text: string): WorkplaceType | null {
  return pickWorkplace(workplaceHits(text).map((h) => h.value));
}

export function employmentIn(text: string): EmploymentType | null {
  return pickEmployment(employmentHits(text).map((h) => h.value));
}
