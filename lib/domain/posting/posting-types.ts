/**
 * The structured shape of a job posting, as the parser produces it and as a requisition stores it.
 * Qualifications stay plain strings here; the database gives each one an id because applications
 * and scorecards reference them.
 */
export const workplaceTypes = ["onsite", "hybrid", "remote"] as const;
export type WorkplaceType = (typeof workplaceTypes)[number];

export const employmentTypes = ["full_time", "part_time", "contract", "internship", "temporary"] as const;
export type EmploymentType = (typeof employmentTypes)[number];

export const payPeriods = ["year", "month", "week", "day", "hour"] as const;
export type PayPeriod = (typeof payPeriods)[number];

export interface Compensation {
  /** Whole amounts in the currency's major unit (175000, not 175k or cents). */
  min: number;
  max: number;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  period: PayPeriod;
}

export interface ParsedPosting {
  title: string;
  department: string | null;
  locations: string[];
  workplaceType: WorkplaceType | null;
  employmentType: EmploymentType | null;
  compensation: Compensation | null;
  summary: string;
  responsibilities: string[];
  requiredQualifications: string[];
  preferredQualifications: string[];
  benefits: string[];
  skills: string[];
}

export interface ParseResult {
  posting: ParsedPosting;
  /** Human-readable notes on what was missing or guessed, e.g. "no pay range found". */
  warnings: string[];
}
