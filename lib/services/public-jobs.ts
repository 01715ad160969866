import "server-only";
import { and, arrayContains, asc, eq, isNull, ne, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organization, qualifications, requisitions, type RequisitionRow } from "@/db/schema";
import type { JobFilterOptions, JobFilters } from "@/lib/domain/job-filters";
import type { WorkplaceType } from "@/lib/domain/posting/posting-types";
import { workplaceTypes } from "@/lib/domain/posting/posting-types";
import type { CloseReason } from "@/lib/domain/requisition-types";
import { NotFoundError } from "./errors";
import { toJobPosting, type JobPosting } from "./requisition-dto";

/**
 * The public job board. Anyone may read it, so there is no actor: what is public is decided here
 * by status alone. Open jobs are listed; paused and closed ones keep their page (links to them live
 * on in search results and emails) but say they take no applications; drafts do not exist.
 */

/** A job as its public page shows it. */
export interface PublicJob extends JobPosting {
  validThrough: Date | null;
}

export type PublicJobStatus = "open" | "paused" | "closed";

export interface PublicJobPage {
  job: PublicJob;
  status: PublicJobStatus;
  closeReason: CloseReason | null;
  organizationName: string | null;
}

export async function listOpenJobs(filters: JobFilters = {}): Promise<JobPosting[]> {
  const conditions: SQL[] = [eq(requisitions.status, "open")];
  if (filters.department) conditions.push(eq(requisitions.department, filters.department));
  if (filters.workplace) conditions.push(eq(requisitions.workplaceType, filters.workplace));
  if (filters.location) conditions.push(arrayContains(requisitions.locations, [filters.location]));
  const rows = await getDb()
    .select()
    .from(requisitions)
    .where(and(...conditions))
    .orderBy(asc(requisitions.title), asc(requisitions.slug));
  return rows.map((row) => toJobPosting(row, []));
}

/** The departments, locations and workplace types that open jobs have, for the board's filters. */
export async function listJobFilterOptions(): Promise<JobFilterOptions> {
  const rows = await getDb()
    .select({ department: requisitions.department, locations: requisitions.locations, workplaceType: requisitions.workplaceType })
    .from(requisitions)
    .where(eq(requisitions.status, "open"));
  const departments = new Set<string>();
  const locations = new Set<string>();
  const workplaces = new Set<WorkplaceType>();
  for (const row of rows) {
    if (row.department) departments.add(row.department);
    for (const location of row.locations) locations.add(location);
    if (row.workplaceType) workplaces.add(row.workplaceType);
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b, "en"));
  return {
    departments: sorted(departments),
    locations: sorted(locations),
    // In the order the labels read naturally: on-site, hybrid, remote.
    workplaceTypes: workplaceTypes.filter((type) => workplaces.has(type)),
  };
}

async function loadPublicJob(row: RequisitionRow): Promise<PublicJob> {
  const quals = await getDb()
    .select()
    .from(qualifications)
    .where(and(eq(qualifications.requisitionId, row.id), isNull(qualifications.archivedAt)))
    .orderBy(asc(qualifications.kind), asc(qualifications.position));
  return { ...toJobPosting(row, quals), validThrough: row.validThrough };
}

export async function getOrganizationName(): Promise<string | null> {
  const [row] = await getDb().select({ name: organization.name }).from(organization).limit(1);
  return row?.name ?? null;
}

/** One job page: open, paused or closed. A draft, or a slug that never existed, is not found. */
export async function getPublicJob(slug: string): Promise<PublicJobPage> {
  const [row] = await getDb()
    .select()
    .from(requisitions)
    .where(and(eq(requisitions.slug, slug), ne(requisitions.status, "draft")))
    .limit(1);
  if (!row || row.status === "draft") throw new NotFoundError("That job");
  const [job, organizationName] = await Promise.all([loadPublicJob(row), getOrganizationName()]);
  return { job, status: row.status, closeReason: row.status === "closed" ? row.closeReason : null, organizationName };
}

/** One job that takes applications now; anything not open is not found. */
export async function getOpenJob(slug: string): Promise<PublicJob> {
  const page = await getPublicJob(slug);
  if (page.status !== "open") throw new NotFoundError("That job");
  return page.job;
}

/** Open jobs for the sitemap, with when each last changed. */
export async function listOpenJobSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return getDb()
    .select({ slug: requisitions.slug, updatedAt: requisitions.updatedAt })
    .from(requisitions)
    .where(eq(requisitions.status, "open"))
    .orderBy(asc(requisitions.slug));
}

/**
 * Just the public status of a job (null for a draft or unknown slug), for the proxy, which answers
 * 410 Gone on a closed job's apply page: a page cannot choose its own HTTP status.
 */
export async function getPublicJobStatus(slug: string): Promise<PublicJobStatus | null> {
  const [row] = await getDb().select({ status: requisitions.status }).from(requisitions).where(eq(requisitions.slug, slug)).limit(1);
  return row && row.status !== "draft" ? row.status : null;
}
