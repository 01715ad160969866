import { z } from "zod";
import { workplaceTypes, type WorkplaceType } from "./posting/posting-types";

/** The job board's URL state: `/jobs?department=…&location=…&workplace=remote`. */
export interface JobFilters {
  department?: string;
  location?: string;
  workplace?: WorkplaceType;
}

/** The values open jobs actually have, which are the only values worth filtering by. */
export interface JobFilterOptions {
  departments: string[];
  locations: string[];
  workplaceTypes: WorkplaceType[];
}

type SearchParams = Record<string, string | string[] | undefined>;

// A query string is typed by anyone (or by a crawler following an old link): a repeated, empty or
// unknown value is dropped rather than answered with an error page.
const firstValue = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().min(1).max(200).optional().catch(undefined));

const jobFiltersSchema = z.object({
  department: firstValue,
  location: firstValue,
  workplace: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.enum(workplaceTypes).optional().catch(undefined)),
});

/**
 * The filters a request asks for, keeping only values some open job has. Besides sparing the
 * visitor an empty page for a stale link, this bounds the cache keys to the real options.
 */
export function parseJobFilters(params: SearchParams, options: JobFilterOptions): JobFilters {
  const parsed = jobFiltersSchema.parse(params);
  const filters: JobFilters = {};
  if (parsed.department && options.departments.includes(parsed.department)) filters.department = parsed.department;
  if (parsed.location && options.locations.includes(parsed.location)) filters.location = parsed.location;
  if (parsed.workplace && options.workplaceTypes.includes(parsed.workplace)) filters.workplace = parsed.workplace;
  return filters;
}

export function hasFilters(filters: JobFilters): boolean {
  return Boolean(filters.department || filters.location || filters.workplace);
}
