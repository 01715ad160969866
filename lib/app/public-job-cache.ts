import "server-only";
import { loggableError } from "@/lib/app/loggable-error";
import type { JobFilterOptions, JobFilters } from "@/lib/domain/job-filters";
import { listenToChannel } from "@/lib/live/live-hub";
import { getSql } from "@/db/client";
import { NotFoundError } from "@/lib/services/errors";
import { getPublicJob, listJobFilterOptions, listOpenJobSlugs, listOpenJobs, type PublicJobPage } from "@/lib/services/public-jobs";
import type { JobPosting } from "@/lib/services/requisition-dto";
import { SingleFlightCache } from "./single-flight-cache";

/**
 * The public job pages read through this cache, so that the pages search engines and candidates
 * hit hardest cost no database round trip. Entries live until a requisition changes: the
 * requisition actions call `revalidatePublicJobs` after publishing, editing, pausing or closing.
 *
 * The cache is in each process, and an invalidation reaches every process through PostgreSQL:
 * `npm start` runs a worker per core, and an action handled by one worker must not leave another
 * showing a closed job as open (Next's data cache, used before, kept its invalidations in the
 * process that made them). `revalidatePublicJobs` empties this process's cache at once and NOTIFYs
 * the others, which empty theirs when the notification arrives (milliseconds), and after a
 * reconnect of their LISTEN connection, when some may have been missed. A process that is not
 * listening reads through without caching. `SAFETY_NET_MS` bounds what a missed change could cost.
 */
const CHANNEL = "shortlist_public_jobs";
const SAFETY_NET_MS = 5 * 60_000;
const MAX_ENTRIES = 1_000;

interface PublicJobsCache {
  entries: SingleFlightCache<{ value: unknown }>;
  /** Resolves to whether this process is LISTENing for other processes' invalidations. */
  listening: Promise<boolean> | null;
}

// On globalThis so that every copy of this module in the process (Next bundles it into several
// routes) shares one cache and one listener.
const globalForCache = globalThis as unknown as { shortlistPublicJobs?: PublicJobsCache };
function state(): PublicJobsCache {
  globalForCache.shortlistPublicJobs ??= { entries: new SingleFlightCache({ ttlMs: SAFETY_NET_MS, maxEntries: MAX_ENTRIES }), listening: null };
  return globalForCache.shortlistPublicJobs;
}

function listening(cache: PublicJobsCache): Promise<boolean> {
  cache.listening ??= listenToChannel(
    CHANNEL,
    () => cache.entries.invalidate(),
    () => cache.entries.invalidate(),
  ).then(
    () => true,
    (error: unknown) => {
      console.error("Public job cache: cannot LISTEN for invalidations; reading through until it can.", loggableError(error));
      cache.listening = null;
      return false;
    },
  );
  return cache.listening;
}

async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const cache = state();
  if (!(await listening(cache))) return load();
  const box = await cache.entries.get(key, async () => ({ value: await load() }));
  return box!.value as T;
}

/** Empties every process's cache: this one at once, the others when PostgreSQL's notification reaches them. */
export async function revalidatePublicJobs(): Promise<void> {
  state().entries.invalidate();
  try {
    await getSql()`select pg_notify(${CHANNEL}, '')`;
  } catch (error) {
    // The change itself is committed; the other processes catch up within SAFETY_NET_MS.
    console.error("Public job cache: could not tell the other processes to invalidate.", loggableError(error));
  }
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
