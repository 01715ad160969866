import { z } from "zod";

/** The candidate search's URL state: `/dashboard/candidates?q=kubernetes&stage=Onsite&page=2`. */
export interface CandidateSearchQuery {
  q?: string;
  requisition?: string;
  stage?: string;
  tag?: string;
  source?: string;
  /** Applied on or after this day (UTC), `YYYY-MM-DD`. */
  from?: string;
  /** Applied on or before this day (UTC), `YYYY-MM-DD`. */
  to?: string;
  /** At least this many required qualifications met. */
  requiredMet?: number;
  page: number;
}

/** The values the actor's candidates actually have: the only ones worth offering or accepting. */
export interface CandidateSearchOptions {
  requisitions: { id: string; title: string }[];
  stages: string[];
  tags: string[];
  sources: string[];
}

export const SEARCH_PAGE_SIZE = 25;
// Deep pages cost an OFFSET over every better match; nobody reads 400 pages of 25.
export const MAX_SEARCH_PAGE = 400;
export const MAX_QUERY_LENGTH = 200;

const isoDay = z.iso.date().refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)));
const label = z.string().trim().min(1).max(100);

/** The strict form the service accepts: a caller passing anything else has a bug. */
export const candidateSearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(MAX_QUERY_LENGTH).optional(),
  requisition: z.uuid().optional(),
  stage: label.optional(),
  tag: label.optional(),
  source: label.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  requiredMet: z.number().int().min(0).max(99).optional(),
  page: z.number().int().min(1).max(MAX_SEARCH_PAGE),
});

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

// Anyone can type a URL (or follow an old link): a malformed, repeated or empty value is dropped,
// never answered with an error page.
const urlSchema = z.object({
  q: lenient(z.string().trim().min(1).transform((q) => q.slice(0, MAX_QUERY_LENGTH))),
  requisition: lenient(z.uuid()),
  stage: lenient(label),
  tag: lenient(label),
  source: lenient(label),
  from: lenient(isoDay),
  to: lenient(isoDay),
  // Not z.coerce alone: Number("") is 0, and the form's empty "Any" option must mean no filter.
  requiredMet: lenient(z.string().regex(/^\d{1,2}$/).transform(Number)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).catch(1).default(1)),
});

/** The query a URL asks for, keeping only well-formed values that `options` offers. */
export function parseCandidateSearchParams(params: SearchParams, options: CandidateSearchOptions): CandidateSearchQuery {
  const parsed = urlSchema.parse(params);
  const query: CandidateSearchQuery = { page: parsed.page };
  if (parsed.q) query.q = parsed.q;
  if (parsed.requisition && options.requisitions.some((r) => r.id === parsed.requisition)) query.requisition = parsed.requisition;
  if (parsed.stage && options.stages.includes(parsed.stage)) query.stage = parsed.stage;
  if (parsed.tag && options.tags.includes(parsed.tag)) query.tag = parsed.tag;
  if (parsed.source && options.sources.includes(parsed.source)) query.source = parsed.source;
  if (parsed.from) query.from = parsed.from;
  if (parsed.to) query.to = parsed.to;
  if (parsed.requiredMet !== undefined) query.requiredMet = parsed.requiredMet;
  return query;
}

/** True when the query asks for something; an empty query lists nobody rather than everybody. */
export function hasSearchCriteria(query: CandidateSearchQuery): boolean {
  const { page: _page, ...criteria } = query;
  return Object.values(criteria).some((value) => value !== undefined);
}

/** The URL of `query` with `changes` applied, e.g. the next page. */
export function candidateSearchHref(query: CandidateSearchQuery, changes: Partial<CandidateSearchQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of ["q", "requisition", "stage", "tag", "source", "from", "to", "requiredMet"] as const) {
    const value = merged[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (merged.page > 1) params.set("page", String(merged.page));
  const search = params.toString();
  return search ? `/dashboard/candidates?${search}` : "/dashboard/candidates";
}
