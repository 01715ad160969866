/**
 * The schema.org JobPosting that Google for Jobs reads, built from the same fields the job page
 * shows so the markup never claims more than the visible text.
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */
import type { Compensation, EmploymentType, PayPeriod, WorkplaceType } from "./posting/posting-types";
import { parseLocation, type PostalAddressParts, type RemoteArea } from "./postal-address";

/** What the builder needs of a job; the service's public job DTO satisfies it. */
export interface JobPostingSource {
  id: string;
  title: string;
  locations: string[];
  workplaceType: WorkplaceType | null;
  employmentType: EmploymentType | null;
  compensation: Compensation | null;
  summary: string;
  responsibilities: string[];
  requiredQualifications: { text: string }[];
  preferredQualifications: { text: string }[];
  benefits: string[];
  skills: string[];
  publishedAt: Date | null;
  validThrough: Date | null;
}

// Without an explicit end date a posting is advertised for 60 days from publication: long enough
// for a typical search, short enough that a forgotten requisition drops out of search results.
export const DEFAULT_VALIDITY_DAYS = 60;
const dayMs = 24 * 60 * 60 * 1000;

const employmentTypeCodes: Record<EmploymentType, string> = {
  full_time: "FULL_TIME",
  part_time: "PART_TIME",
  contract: "CONTRACTOR",
  internship: "INTERN",
  temporary: "TEMPORARY",
};

const unitTexts: Record<PayPeriod, string> = { year: "YEAR", month: "MONTH", week: "WEEK", day: "DAY", hour: "HOUR" };

/** The section headings the job page shows, shared so the description matches the page. */
export const jobSectionTitles = {
  summary: "Summary",
  responsibilities: "Responsibilities",
  requiredQualifications: "Required qualifications",
  preferredQualifications: "Preferred qualifications",
  benefits: "Benefits",
  skills: "Skills",
} as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function listSection(title: string, items: string[]): string {
  if (items.length === 0) return "";
  return `<h2>${escapeHtml(title)}</h2><ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
}

/** The visible sections as HTML, which is what Google expects in `description`. */
export function jobDescriptionHtml(job: JobPostingSource): string {
  return [
    job.summary ? `<p>${escapeHtml(job.summary)}</p>` : "",
    listSection(jobSectionTitles.responsibilities, job.responsibilities),
    listSection(jobSectionTitles.requiredQualifications, job.requiredQualifications.map((q) => q.text)),
    listSection(jobSectionTitles.preferredQualifications, job.preferredQualifications.map((q) => q.text)),
    listSection(jobSectionTitles.benefits, job.benefits),
    listSection(jobSectionTitles.skills, job.skills),
  ].join("");
}

function place(address: PostalAddressParts) {
  return { "@type": "Place", address: { "@type": "PostalAddress", ...address } };
}

function area({ type, name }: RemoteArea) {
  return { "@type": type, name };
}

export interface JobPostingJsonLdInput {
  job: JobPostingSource;
  organizationName: string | null;
  /** Absolute URL of the job page, when the deployment knows its public address. */
  url?: string;
}

/** The JobPosting object, or null when there is no publication date to state (a never-published job). */
export function buildJobPostingJsonLd({ job, organizationName, url }: JobPostingJsonLdInput): Record<string, unknown> | null {
  if (!job.publishedAt) return null;
  const validThrough = job.validThrough ?? new Date(job.publishedAt.getTime() + DEFAULT_VALIDITY_DAYS * dayMs);
  const parsed = job.locations.map(parseLocation).filter((loc) => loc !== null);
  const places = parsed.flatMap((loc) => (loc.kind === "place" ? [place(loc.address)] : []));
  const remoteAreas = parsed.flatMap((loc) => (loc.kind === "remote" && loc.area ? [area(loc.area)] : []));
  const remote = job.workplaceType === "remote" || parsed.some((loc) => loc.kind === "remote");
  const pay = job.compensation;
  const ld: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: jobDescriptionHtml(job),
    identifier: { "@type": "PropertyValue", ...(organizationName ? { name: organizationName } : {}), value: job.id },
    datePosted: job.publishedAt.toISOString(),
    validThrough: validThrough.toISOString(),
    ...(url ? { url } : {}),
    ...(job.employmentType ? { employmentType: employmentTypeCodes[job.employmentType] } : {}),
    ...(organizationName ? { hiringOrganization: { "@type": "Organization", name: organizationName } } : {}),
    ...(places.length ? { jobLocation: places } : {}),
    ...(remote ? { jobLocationType: "TELECOMMUTE" } : {}),
    ...(remote && remoteAreas.length ? { applicantLocationRequirements: remoteAreas } : {}),
    ...(pay
      ? {
          baseSalary: {
            "@type": "MonetaryAmount",
            currency: pay.currency,
            value: { "@type": "QuantitativeValue", minValue: pay.min, maxValue: pay.max, unitText: unitTexts[pay.period] },
          },
        }
      : {}),
    directApply: true,
    ...(job.responsibilities.length ? { responsibilities: job.responsibilities } : {}),
    // schema.org `qualifications` are the required ones; preferred ones are in the description.
    ...(job.requiredQualifications.length ? { qualifications: job.requiredQualifications.map((q) => q.text) } : {}),
    ...(job.skills.length ? { skills: job.skills } : {}),
    ...(job.benefits.length ? { jobBenefits: job.benefits } : {}),
  };
  return ld;
}

/**
 * JSON for an inline `<script type="application/ld+json">`. Escaping `<`, `>` and `&` keeps text
 * typed by recruiters or copied from postings from closing the script element (`</script>`) or
 * opening a comment; the line separators are escaped because some parsers treat them as newlines.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
