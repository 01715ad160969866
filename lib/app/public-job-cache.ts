import "server-only";
import type { JobFilterOptions, JobFilters } from "@/lib/domain/job-filters";
import { NotFoundError } from "@/lib/services/errors";
import { getPublicJob, listJobFilterOptions, listOpenJobSlugs, listOpenJobs, type PublicJobPage } from "@/lib/services/public-jobs";
import type { JobPosting } from "@/lib/services/requisition-dto";
import { notifiedCache } from "./notified-cache";

/**
 * The public job pages read through this cache, so that the pages search engines and candidates
 * hit hardest cost no database round trip. Entries live until a requisition changes: the
 * requisition actions call `revalidatePublicJobs` after publishing, editing, pausing or closing,
 * which empties the cache in every process (lib/app/notified-cache.ts).
 */
const publicJobs = notifiedCache({ channel: "shortlist_public_jobs", name: "Public job cache", safetyNetMs: 5 * 60_000, maxEntries: 1_000 });

const cached = <T>(key: string, load: () => Promise<T>) => publicJobs.get(key, load);

/** Empties every process's cache: this one at once, the others when PostgreSQL's notification reaches them. */
export function revalidatePublicJobs(): Promise<void> {
  return publicJobs.invalidateEverywhere();
}

const plausibleSlug = /^[a-z0-9]+(?:-[a-z0-9]+){0,30}$/;

export function cachedOpenJobs(filters: JobFilters): Promise<JobPosting[]> {
  const key = JSON.stringify([filters.department ?? null, filters.location ?? null, filters.workplace ?? null]);
  return cached(`list:${key}`, () => listOpenJobs(filters));
}

export function cachedJobFilterOptions(): Promise<JobFilterOptions> {
  return cached("filter-options", listJobFilterOptions);
}

/** One job page, or null for a draft or unknown slug (remembered too, until the next change). */
export async function cachedPublicJob(slug: string): Promise<PublicJobPage | null> {
  // Slugs are ours (lib/domain/slug): anything else is not found without a query or a cache entry,
  // so random URLs cannot fill the cache.
  if (!plausibleSlug.test(slug)) return null;
  return cached(`job:${slug}`, async () => {
    try {
      return await getPublicJob(slug);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  });
}

export function cachedOpenJobSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return cached("slugs", listOpenJobSlugs);
}
