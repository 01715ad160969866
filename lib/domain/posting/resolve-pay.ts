/**
 * Turns the pay lines a posting offers into one Compensation, filling what the text leaves out:
 * currency from the locations, period from the size of the amounts. Every guess is a warning.
 */
import type { PayCandidate } from "./collect-facts";
import { periodInLine } from "./pay-period";
import { regionOfLocations } from "./places";
import type { Compensation, PayPeriod } from "./posting-types";

export interface ResolvedPay {
  compensation: Compensation | null;
  /** The line the pay came from, so it is not also listed as a benefit. */
  sourceLine: string | null;
  warnings: string[];
}

const onTargetEarnings = /\b(?:ote|on[- ]target)\b/i;

/** Salaried pay is quoted per year, day rates in hundreds, hourly pay in tens. */
function periodFromAmount(max: number): PayPeriod {
  if (max >= 10_000) return "year";
  if (max >= 1_000) return "month";
  if (max >= 200) return "day";
  return "hour";
}

export function resolvePay(candidates: PayCandidate[], locations: string[]): ResolvedPay {
  // Sales postings often give base and on-target earnings; the base is the pay range.
  const chosen = candidates.find((c) => !onTargetEarnings.test(c.line)) ?? candidates[0];
  if (!chosen) return { compensation: null, sourceLine: null, warnings: ["no pay range found"] };
  const { pay, line } = chosen;
  const warnings: string[] = [];

  const region = regionOfLocations(locations);
  let currency = pay.currency;
  if (currency === null) {
    currency = region?.currency ?? "USD";
    warnings.push(
      region ? `currency assumed ${currency} from ${region.label} locations` : "currency assumed USD (none stated, no known location)",
    );
  } else if (pay.bareDollar && region && region.currency !== "USD" && region.currency.endsWith("D")) {
    currency = region.currency;
    warnings.push(`"$" read as ${currency} from ${region.label} locations`);
  }

  let period = pay.period ?? periodInLine(line);
  if (period === null) {
    period = periodFromAmount(pay.max);
    warnings.push(`pay period assumed ${period} from the amounts`);
  }
  if (pay.rounded) warnings.push("pay amounts rounded to whole units");
  return {
    compensation: { min: pay.min, max: pay.max, currency, period },
    sourceLine: line,
    warnings,
  };
}
