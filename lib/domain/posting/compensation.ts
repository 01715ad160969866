/**
 * Finds a pay range in one line of text: "175k – 280k", "$150,000 - $200,000", "€60.000 – €80.000",
 * "£450–550 a day", "USD 90,000 to 110,000", "$45/hr". A forward-only scanner, not a regex, so a
 * long line of "$1$1$1…" or "k – k – …" costs one pass.
 */
import type { PayPeriod } from "./posting-types";
import { isDigit, isLetter, isLower, isSoftStart } from "./text-scan";
import { periodAfter } from "./pay-period";

export interface PayMatch {
  min: number;
  max: number;
  /** ISO code when the text names or symbolises one; null when it must be inferred. */
  currency: string | null;
  period: PayPeriod | null;
  /** A bare "$": US dollars unless the locations say Canada, Australia … */
  bareDollar: boolean;
  /** The amounts had cents and were rounded to whole units. */
  rounded: boolean;
  start: number;
  end: number;
}

interface Amount {
  value: number;
  currency: string | null;
  bareDollar: boolean;
  thousands: boolean;
  grouped: boolean;
  fraction: boolean;
  start: number;
  end: number;
}

const maxLine = 4000;

/** Longest symbols first: "CA$" must not read as "$". */
const symbols: [string, string][] = [
  ["US$", "USD"], ["CA$", "CAD"], ["CAD$", "CAD"], ["C$", "CAD"], ["AU$", "AUD"], ["A$", "AUD"],
  ["NZ$", "NZD"], ["S$", "SGD"], ["HK$", "HKD"], ["R$", "BRL"], ["$", "USD"], ["€", "EUR"],
  ["£", "GBP"], ["¥", "JPY"], ["₹", "INR"], ["₪", "ILS"], ["zł", "PLN"],
];
const codes = new Set(
  "USD EUR GBP CAD AUD NZD CHF SEK NOK DKK PLN CZK HUF RON INR JPY SGD HKD MXN BRL ZAR AED ILS".split(" "),
);

function currencyAt(s: string, i: number): { code: string; end: number } | null {
  for (const [sym, code] of symbols) if (s.startsWith(sym, i)) return { code, end: i + sym.length };
  const word = s.slice(i, i + 3);
  if (codes.has(word) && isSoftStart(s, i) && !isLetter(s[i + 3])) return { code: word, end: i + 3 };
  return null;
}

/** "60.000" and "60,000" are thousands; "12.50" and "12,50" are cents; "1.234,56" mixes both. */
export function numberValue(raw: string): { value: number; grouped: boolean; fraction: boolean } {
  const lastDot = raw.lastIndexOf(".");
  const lastComma = raw.lastIndexOf(",");
  let decimalAt = -1;
  if (lastDot !== -1 && lastComma !== -1) decimalAt = Math.max(lastDot, lastComma);
  else {
    const sep = lastDot !== -1 ? "." : lastComma !== -1 ? "," : "'";
    const at = raw.lastIndexOf(sep);
    const single = raw.indexOf(sep) === at;
    if (at !== -1 && sep !== "'" && single && raw.length - at - 1 !== 3) decimalAt = at;
  }
  const whole = (decimalAt === -1 ? raw : raw.slice(0, decimalAt)).replace(/[.,']/g, "");
  const frac = decimalAt === -1 ? "" : raw.slice(decimalAt + 1);
  return {
    value: Number(`${whole}.${frac || "0"}`),
    grouped: whole.length !== raw.length - (decimalAt === -1 ? 0 : frac.length + 1),
    fraction: frac !== "" && Number(frac) !== 0,
  };
}

function readAmount(s: string, from: number): Amount | null {
  let i = from;
  let currency: string | null = null;
  const prefix = currencyAt(s, i);
  const bareDollar = s[i] === "$";
  if (prefix) {
    currency = prefix.code;
    i = prefix.end;
    if (s[i] === " ") i++;
  }
  if (!isDigit(s[i])) return null;
  const numStart = i;
  while (i < s.length && (isDigit(s[i]) || (/[.,']/.test(s[i] ?? "") && isDigit(s[i + 1])))) i++;
  const raw = s.slice(numStart, i);
  if (raw.length > 18) return null;
  const { value, grouped, fraction } = numberValue(raw);
  let thousands = false;
  let multiplier = 1;
  const suffix = s[i];
  // US retirement plans ("401k", "403k") are not pay.
  const retirementPlan = currency === null && /^40[13]$|^457$/.test(raw);
  if ((suffix === "k" || suffix === "K") && !isLower(s[i + 1]) && !retirementPlan) {
    thousands = true;
    multiplier = 1000;
    i++;
  } else if ((suffix === "m" || suffix === "M") && !isLetter(s[i + 1])) {
    thousands = true;
    multiplier = 1_000_000;
    i++;
  }
  if (currency === null) {
    const gap = s[i] === " " ? 1 : 0;
    const after = currencyAt(s, i + gap);
    if (after && (after.code !== "USD" || s[i + gap] !== "$")) {
      currency = after.code;
      i = after.end;
    }
  }
  if (!Number.isFinite(value)) return null;
  return { value: value * multiplier, currency, bareDollar, thousands, grouped, fraction, start: from, end: i };
}

function rangeSeparator(s: string, from: number): number | null {
  let i = from;
  while (s[i] === " ") i++;
  const ch = s[i];
  if (ch === "-" || ch === "–" || ch === "—" || ch === "−" || ch === "~") i++;
  else if (s.startsWith("to ", i) || s.startsWith("and ", i)) i += s[i] === "t" ? 2 : 3;
  else return null;
  while (s[i] === " ") i++;
  return i;
}

/** A lone "5" or "2-3" is not pay; currency, a "k", an hourly word or thousands make it so. */
function plausible(a: Amount, b: Amount | null, period: PayPeriod | null, s: string): boolean {
  if (/^(?:\s?%|\+)|^\s*(?:years?\b|yrs?\b|months?\b|weeks?\b|days?\b|hours?\b|hrs?\b|people\b|employees\b|patients\b)/i.test(s.slice((b ?? a).end, (b ?? a).end + 12))) {
    return false;
  }
  if (a.value <= 0) return false;
  if (a.currency || b?.currency || a.thousands || b?.thousands || period) return true;
  if (!b) return false;
  const looksLikeYears = a.value >= 1900 && a.value <= 2100 && !a.grouped;
  return a.value >= 1000 && b.value >= 1000 && !looksLikeYears;
}

function matchAt(s: string, i: number): { match: PayMatch | null; next: number } {
  const a = readAmount(s, i);
  if (!a) return { match: null, next: i + 1 };
  let b: Amount | null = null;
  const sep = rangeSeparator(s, a.end);
  if (sep !== null) b = readAmount(s, sep);
  let min = a.value;
  let max = b ? b.value : a.value;
  if (b && a.thousands !== b.thousands) {
    // "€70–90k": the suffix on one side applies to both.
    if (b.thousands && min < 1000) min *= 1000;
    if (a.thousands && max < 1000) max *= 1000;
  }
  const end = (b ?? a).end;
  const period = periodAfter(s, end);
  const next = Math.max(end, i + 1);
  if (!plausible(a, b, period, s) || min > max) return { match: null, next };
  return {
    match: {
      // Whole units, widened rather than narrowed: $18.50–$22.75 becomes 18–23.
      min: Math.floor(min),
      max: Math.ceil(max),
      currency: a.currency ?? b?.currency ?? null,
      bareDollar: a.currency ? a.bareDollar : (b?.bareDollar ?? false),
      period,
      rounded: a.fraction || (b?.fraction ?? false),
      start: a.start,
      end,
    },
    next,
  };
}

/** The first plausible pay amount or range in the line, or null. */
export function findPay(line: string): PayMatch | null {
  const s = line.slice(0, maxLine);
  let i = 0;
  while (i < s.length) {
    const ch = s[i] ?? "";
    const startsAmount = isDigit(ch) ? !isDigit(s[i - 1]) && !isLetter(s[i - 1]) : currencyAt(s, i) !== null;
    if (!startsAmount) {
      i++;
      continue;
    }
    const { match, next } = matchAt(s, i);
    if (match) return match;
    i = next;
  }
  return null;
}
