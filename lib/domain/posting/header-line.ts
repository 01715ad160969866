/**
 * Reads the metadata lines under a title: "San Francisco, CA · Full-time · Engineering",
 * "Location: Leeds", or a board line with everything glued together
 * ("175k – 280kSan Francisco, CABellevue, WANew York, NYBackend EngineeringOnsite").
 * Each recogniser claims a span; what is left over may be the department.
 */
import { findPay, type PayMatch } from "./compensation";
import { employmentHits, workplaceHits } from "./job-attributes";
import { scanLocations } from "./locations";
import { payTailLength } from "./pay-period";
import type { EmploymentType, WorkplaceType } from "./posting-types";

export interface HeaderFacts {
  pay: PayMatch | null;
  locations: string[];
  workplace: WorkplaceType[];
  employment: EmploymentType[];
  department: string | null;
  /** Chunks no recogniser claimed (company names, taglines). */
  rest: string[];
}

const maxLine = 1000;

const departmentWords = new Set(
  ("engineering software platform infrastructure backend frontend front-end back-end mobile data analytics science " +
    "research product design ux marketing growth sales success support operations ops finance accounting legal " +
    "people hr talent recruiting it security nursing clinical retail stores store " +
    "warehouse logistics fulfillment fulfilment manufacturing facilities administration communications content " +
    "editorial partnerships development education service services hospitality quality procurement brand " +
    "creative revenue commercial technology devops sre ai ml machine learning")
    .split(" "),
);

/** A short Title Case phrase containing a department word: "Backend Engineering", "Customer Success". */
export function looksLikeDepartment(chunk: string): boolean {
  const words = chunk.split(/\s+/);
  if (words.length > 5 || chunk.length > 50) return false;
  if (!words.every((w) => /^(?:[A-Z0-9&][\p{L}0-9&'’.-]*|and|of|&)$/u.test(w))) return false;
  return words.some((w) => departmentWords.has(w.toLowerCase().replace(/[^a-z&-]/g, "")));
}

export function readHeaderLine(line: string): HeaderFacts {
  const s = line.slice(0, maxLine);
  const claimed: [number, number][] = [];
  const free = (a: number, b: number) => !claimed.some(([x, y]) => a < y && b > x);

  const pay = findPay(s);
  if (pay) claimed.push([pay.start, pay.end + payTailLength(s, pay.end)]);

  const locations: string[] = [];
  for (const span of scanLocations(s)) {
    if (!free(span.start, span.end)) continue;
    claimed.push([span.start, span.end]);
    locations.push(span.text);
  }
  const workplace = workplaceHits(s).map((h) => {
    if (free(h.start, h.end)) claimed.push([h.start, h.end]);
    return h.value;
  });
  const employment = employmentHits(s).map((h) => {
    if (free(h.start, h.end)) claimed.push([h.start, h.end]);
    return h.value;
  });

  claimed.sort((a, b) => a[0] - b[0]);
  const chunks: string[] = [];
  let at = 0;
  for (const [a, b] of [...claimed, [s.length, s.length] as [number, number]]) {
    if (a > at) chunks.push(s.slice(at, a));
    at = Math.max(at, b);
  }
  const rest = chunks
    .flatMap((c) => c.split(/\s*(?:[|·•,;/()]|\s[-–—]\s|^[-–—]\s?|\s?[-–—]$)\s*/))
    .map((c) => c.trim())
    .filter((c) => /\p{L}/u.test(c));
  const department = rest.find(looksLikeDepartment) ?? null;
  return { pay, locations, workplace, employment, department, rest: rest.filter((c) => c !== department) };
}
