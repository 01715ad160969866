import type { Compensation, PayPeriod } from "./posting/posting-types";

const periodWords: Record<PayPeriod, string> = { year: "per year", month: "per month", week: "per week", day: "per day", hour: "per hour" };

/** "$175,000 – $280,000 per year"; a single figure when min equals max. */
export function formatPayRange(pay: Compensation, locale = "en-US"): string {
  let format: (n: number) => string;
  try {
    const formatter = new Intl.NumberFormat(locale, { style: "currency", currency: pay.currency, maximumFractionDigits: 0 });
    format = (n) => formatter.format(n);
  } catch {
    // An unknown currency code still shows, just without a symbol.
    format = (n) => `${n.toLocaleString(locale)} ${pay.currency}`;
  }
  const amount = pay.min === pay.max ? format(pay.min) : `${format(pay.min)} – ${format(pay.max)}`;
  return `${amount} ${periodWords[pay.period]}`;
}
