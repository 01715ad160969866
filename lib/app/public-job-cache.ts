import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import type { JobFilterOptions, JobFilters } from "@/lib/domain/job-filters";
import { NotFoundError } from "@/lib/services/errors";
import { getPublicJob, listJobFilterOptions, listOpenJobSlugs, listOpenJobs, type PublicJobPage } from "@/lib/services/public-jobs";
import type { JobPosting } from "@/lib/services/requisition-dto";

/**
 * The public job pages read through this cache, so that the pages search engines and candidates
 * hit hardest cost no database round trip. Entries live until a requisition changes: the
 * requisition actions call `revalidatePublicJobs` after publishing, editing, pausing or closing.
 *
 * The cache is Next's data cache, held by each app instance. With several instances behind a load
 * balancer an invalidation reaches only the instance that handled the action, so a multi-instance
 * deployment needs a shared cache handler (next.config `cacheHandler`, e.g. backed by Postgres);
 * until then `SAFETY_NET_SECONDS` bounds how long another instance can show an old version.
 */
export const PUBLIC_JOBS_TAG = "public-jobs";
export const publicJobTag = (slug: string) => `public-job:${slug}`;
const SAFETY_NET_SECONDS = 300;

/**
 * Expires the board and the given jobs' pages at once. Not "max" (stale-while-revalidate): that
 * would serve the old page to the next visitor, and an edit must show on the next request.
 * `revalidateTag(tag, { expire: 0 })` rather than `updateTag` so it also works from route handlers.
 */
export function revalidatePublicJobs(slugs: string[]): void {
  revalidateTag(PUBLIC_JOBS_TAG, { expire: 0 });
  for (const slug of new Set(slugs)) revalidateTag(publicJobTag(slug), { expire: 0 });
}

const plausibleSlug = /^[a-z0-9]+(?:-[a-z0-9]+){0,30}$/;

// The data cache stores JSON, so dates come back as strings; these restore them.
const toDate = (value: Date | string) => new Date(value);
const toDateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

function reviveJob<T extends JobPosting>(job: T): T {
  return { ...job, publishedAt: toDateOrNull(job.publishedAt) };
}

export async function cachedOpenJobs(filters: JobFilters): Promise<JobPosting[]> {
  const key = JSON.stringify([filters.department ?? null, filters.location ?? null, filters.workplace ?? null]);
  const jobs = await unstable_cache(() => listOpenJobs(filters), ["public-jobs:list", key], {
    tags: [PUBLIC_JOBS_TAG],
    revalidate: SAFETY_NET_SECONDS,
  })();
  return jobs.map(reviveJob);
}

export const cachedJobFilterOptions: () => Promise<JobFilterOptions> = unstable_cache(listJobFilterOptions, ["public-jobs:filter-options"], {
  tags: [PUBLIC_JOBS_TAG],
  revalidate: SAFETY_NET_SECONDS,
});

/** One job page, or null for a draft or unknown slug (remembered too, until that slug is published). */
export async function cachedPublicJob(slug: string): Promise<PublicJobPage | null> {
  // Slugs are ours (lib/domain/slug): anything else is not found without a query or a cache entry,
  // so random URLs cannot fill the cache.
  if (!plausibleSlug.test(slug)) return null;
  const page = await unstable_cache(
    async () => {
      try {
        return await getPublicJob(slug);
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },
    ["public-jobs:job", slug],
    { tags: [PUBLIC_JOBS_TAG, publicJobTag(slug)], revalidate: SAFETY_NET_SECONDS },
  )();
  if (!page) return null;
  const job = reviveJob(page.job);
  return { ...page, job: { ...job, validThrough: toDateOrNull(page.job.validThrough) } };
}

export async function cachedOpenJobSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  const rows = await unstable_cache(listOpenJobSlugs, ["public-jobs:slugs"], { tags: [PUBLIC_JOBS_TAG], revalidate: SAFETY_NET_SECONDS })();
  return rows.map((row) => ({ slug: row.slug, updatedAt: toDate(row.updatedAt) }));
}
