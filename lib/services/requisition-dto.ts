import type { QualificationRow, RequisitionRow } from "@/db/schema";
import type { ParsedPosting } from "@/lib/domain/posting/posting-types";

export interface QualificationDto {
  id: string;
  text: string;
}

/** A requisition as the job pages show it: every posting section, qualifications with their ids. */
export interface JobPosting extends Omit<ParsedPosting, "requiredQualifications" | "preferredQualifications"> {
  id: string;
  slug: string;
  requiredQualifications: QualificationDto[];
  preferredQualifications: QualificationDto[];
  publishedAt: Date | null;
}

export function toJobPosting(row: RequisitionRow, quals: QualificationRow[]): JobPosting {
  const compensation =
    row.payMin !== null && row.payMax !== null && row.payCurrency && row.payPeriod
      ? { min: row.payMin, max: row.payMax, currency: row.payCurrency, period: row.payPeriod }
      : null;
  const byKind = (kind: QualificationRow["kind"]) =>
    quals.filter((q) => q.kind === kind).sort((a, b) => a.position - b.position).map((q) => ({ id: q.id, text: q.text }));
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    department: row.department,
    locations: row.locations,
    workplaceType: row.workplaceType,
    employmentType: row.employmentType,
    compensation,
    summary: row.summary,
    responsibilities: row.responsibilities,
    requiredQualifications: byKind("required"),
    preferredQualifications: byKind("preferred"),
    benefits: row.benefits,
    skills: row.skills,
    publishedAt: row.publishedAt,
  };
}
