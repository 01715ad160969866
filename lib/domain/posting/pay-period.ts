/**
 * Pay period words: "/hr", "per hour", "a day", "per annum", "p.a.", "monthly" and friends.
 * Looked for right after the amount first, then anywhere on the line ("Hourly rate: $18–22").
 */
import type { PayPeriod } from "./posting-types";

const periods: [PayPeriod, string][] = [
  ["hour", "hourly|hour|hr|hrs|h"],
  ["day", "daily|day|diem|d"],
  ["week", "weekly|week|wk|w"],
  ["month", "monthly|month|mo|mth|pcm|m"],
  ["year", "annually|annum|annual|yearly|year|yr|a|pa"],
];

/** "/hr", "per hour", "an hour", "p/h", "ph" … right after the amount (currency code allowed between). */
const afterAmount =
  /^[ ,]*(?:\(?(?:gross|base|brutto|net|\+ ?tips|plus tips|ote|doe)\)? ?)?(?:\/ ?|per |an? |p\/|p\.|p)(hourly|hour|hrs?|h|daily|day|diem|d|weekly|week|wk|w|monthly|month|mth|mo|m|annually|annum|annual|yearly|year|yr|a\.?|pa)\b/i;
const plainAfter = /^[ ,]*(hourly|daily|weekly|monthly|annually|yearly|pcm|pa|p\.a\.?|pw|pd|ph)\b/i;

function periodOf(word: string): PayPeriod | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w === "p.a" || w === "pa") return "year";
  if (w === "pw") return "week";
  if (w === "pd") return "day";
  if (w === "ph") return "hour";
  for (const [period, words] of periods) if (words.split("|").includes(w)) return period;
  return null;
}

/** "… USD per hour": an upper-case currency code may sit between the amount and the period. */
function windowAfter(s: string, end: number): string {
  const window = s.slice(end, end + 40);
  const code = /^[ ,]*[A-Z]{3}\b ?/.exec(window);
  return code ? window.slice(code[0].length) : window;
}

export function periodAfter(s: string, end: number): PayPeriod | null {
  const window = windowAfter(s, end);
  const m = afterAmount.exec(window) ?? plainAfter.exec(window);
  return m?.[1] ? periodOf(m[1]) : null;
}

/** How many characters after the amount belong to it ("/hr", " USD per annum"), for removal. */
export function payTailLength(s: string, end: number): number {
  const raw = s.slice(end, end + 40);
  const window = windowAfter(s, end);
  const m = afterAmount.exec(window) ?? plainAfter.exec(window);
  return raw.length - window.length + (m ? m[0].length : 0);
}

const lineWords: [PayPeriod, RegExp][] = [
  ["hour", /\b(?:hourly|per hour|an hour|\/ ?hr|\/ ?hour)\b/i],
  ["day", /\b(?:day rate|daily rate|per day|a day|\/ ?day|per diem)\b/i],
  ["week", /\b(?:weekly|per week|a week|\/ ?week)\b/i],
  ["month", /\b(?:monthly|per month|a month|\/ ?month)\b/i],
  ["year", /\b(?:annual|annually|yearly|per annum|per year|a year|\/ ?year|\/ ?yr|p\.a\.)/i],
];

/** A period word anywhere on a (short) line, e.g. "Hourly rate: $18–22". */
export function periodInLine(line: string): PayPeriod | null {
  const s = line.slice(0, 400);
  for (const [period, re] of lineWords) if (re.test(s)) return period;
  return null;
}
