import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database, type Executor } from "@/db/client";
import { requisitionMembers } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canViewApplications, seesAllRequisitions } from "@/lib/domain/permissions";
import type { StageKind } from "@/lib/domain/requisition-types";
import { hasMatch, headlineOptions, parseHighlight, plainFragments, type HighlightFragment } from "@/lib/domain/search-highlight";
import { candidateSearchQuerySchema, SEARCH_PAGE_SIZE, type CandidateSearchOptions, type CandidateSearchQuery } from "@/lib/domain/search-query";
import { ValidationError } from "./errors";

export interface CandidateSearchResult {
  applicationId: string;
  name: HighlightFragment[];
  email: HighlightFragment[];
  /** Matched words in the evidence, cover letter, notes or resume; null when none matched there. */
  snippet: HighlightFragment[] | null;
  requisition: { id: string; title: string };
  stage: { name: string; kind: StageKind };
  requiredMet: number | null;
  requiredTotal: number;
  appliedAt: Date;
  withdrawn: boolean;
}

export interface CandidateSearchPage {
  results: CandidateSearchResult[];
  total: number;
  page: number;
  pageCount: number;
  /** The query had words, but only ones too common to search for ("the", "and"). */
  onlyStopWords: boolean;
}

type Scope = "all" | string[];

/**
 * The requisitions whose applications the actor may see, by the same rule as the board
 * (canViewApplications): admins and recruiters all, hiring managers and recruiters on the team
 * theirs, interviewers none until interviews are scheduled.
 */
async function applicationScope(db: Executor, actor: Actor): Promise<Scope> {
  if (actor.kind === "anonymous") return [];
  if (seesAllRequisitions(actor)) return "all";
  if (actor.kind !== "user") return [];
  const memberships = await db
    .select({ requisitionId: requisitionMembers.requisitionId, role: requisitionMembers.role })
    .from(requisitionMembers)
    .where(eq(requisitionMembers.userId, actor.id));
  const roles = new Map<string, (typeof memberships)[number]["role"][]>();
  for (const m of memberships) roles.set(m.requisitionId, [...(roles.get(m.requisitionId) ?? []), m.role]);
  return [...roles].filter(([, teamRoles]) => canViewApplications(actor, { teamRoles })).map(([id]) => id);
}

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
const inScope = (scope: Scope) => (scope === "all" ? sql`true` : sql`a.requisition_id in (${list(scope)})`);

// Candidate text may contain the highlight markers; they are blanked before ts_headline adds its own.
const clean = (text: SQL) => sql`translate(${text}, chr(1) || chr(2), '  ')`;

/** Where the filtered columns live: the search documents carry copies of the application's fixed ones. */
interface Columns {
  id: SQL;
  requisitionId: SQL;
  appliedAt: SQL;
}

const needsApplicationRow = (query: CandidateSearchQuery) => Boolean(query.stage || query.source || query.requiredMet !== undefined);

function filterConditions(query: CandidateSearchQuery, scope: Scope, c: Columns): SQL {
  const where: SQL[] = [scope === "all" ? sql`true` : sql`${c.requisitionId} in (${list(scope)})`];
  if (query.requisition) where.push(sql`${c.requisitionId} = ${query.requisition}`);
  if (query.from) where.push(sql`${c.appliedAt} >= (${query.from}::date)::timestamp at time zone 'UTC'`);
  if (query.to) where.push(sql`${c.appliedAt} < (${query.to}::date + 1)::timestamp at time zone 'UTC'`);
  if (query.tag) where.push(sql`exists (select 1 from application_tags t where t.application_id = ${c.id} and t.tag = ${query.tag})`);
  if (query.stage) where.push(sql`a.stage_id in (select s.id from stages s where s.name = ${query.stage})`);
  if (query.source) where.push(sql`a.source = ${query.source}`);
  if (query.requiredMet !== undefined) where.push(sql`a.required_met >= ${query.requiredMet}`);
  return sql.join(where, sql` and `);
}

const toTsquery = (query: CandidateSearchQuery) => (query.q ? sql`websearch_to_tsquery('english', ${query.q})` : null);

/**
 * The ids of one page of matches, best first, and how many there are in all. Matching uses the
 * GIN index on the whole document; ranking (ts_rank_cd) reads only the small rank_document, so a
 * match in the name, tags, answers, evidence, notes or cover letter comes before a match in the
 * resume alone, and matches of equal rank come newest first. The inner query is
 * kept apart (OFFSET 0) so that the rank is computed while the documents are read and only narrow
 * rows reach the count and the sort; otherwise every matching document is carried to the sort and
 * a common word spills tens of megabytes to disk.
 */
function matchesQuery(query: CandidateSearchQuery, scope: Scope): SQL {
  const tsquery = toTsquery(query);
  const page = sql`order by rank desc, applied_at desc, id limit ${SEARCH_PAGE_SIZE} offset ${(query.page - 1) * SEARCH_PAGE_SIZE}`;
  let inner: SQL;
  if (tsquery) {
    const where = filterConditions(query, scope, { id: sql`d.application_id`, requisitionId: sql`d.requisition_id`, appliedAt: sql`d.applied_at` });
    const join = needsApplicationRow(query) ? sql`join applications a on a.id = d.application_id` : sql``;
    inner = sql`select d.application_id as id, d.applied_at, ts_rank_cd(d.rank_document, ${tsquery}) as rank
      from application_search_documents d ${join}
      where d.document @@ ${tsquery} and ${where}`;
  } else {
    const where = filterConditions(query, scope, { id: sql`a.id`, requisitionId: sql`a.requisition_id`, appliedAt: sql`a.created_at` });
    inner = sql`select a.id, a.created_at as applied_at, 0 as rank from applications a where ${where}`;
  }
  return sql`select id, count(*) over ()::int as total from (${inner} offset 0) m ${page}`;
}

/**
 * Runs the matches query. A text search steers the planner off sequential scans: it prices a
 * sequential scan of the (small) rows as cheap, not knowing that it would fetch every document out
 * of TOAST to test the match, which the GIN bitmap never does — for a common word that is the
 * difference between about 40 and 190 ms at 100k applications (docs/search.md). It is also planned
 * for its own words every time: the query is a prepared statement (db/prepared-statements.ts), and
 * a plan made once for any words misjudges how many documents a common word matches (search p95
 * went from 68 to 112 ms with cached plans).
 */
async function runMatches(db: Database, query: SQL, textSearch: boolean): Promise<Record<string, unknown>[]> {
  if (!textSearch) return [...(await db.execute(query))];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)`);
    return [...(await tx.execute(query))];
  });
}

/** EXPLAIN (ANALYZE, BUFFERS) of the main search query as `actor` would run it: for scripts/bench-search.ts. */
export async function explainCandidateSearch(actor: Actor, input: CandidateSearchQuery): Promise<string[]> {
  const query = candidateSearchQuerySchema.parse(input);
  const db = getDb();
  const scope = await applicationScope(db, actor);
  const rows = await runMatches(db, sql`explain (analyze, buffers) ${matchesQuery(query, scope)}`, query.q !== undefined);
  return rows.map((row) => String(row["QUERY PLAN"]));
}

/**
 * One page of the candidates (applications) matching a query, best first. The text search uses
 * the GIN-indexed search documents; authorisation is part of the same SQL. Highlights are
 * computed for the page's 25 rows only, because ts_headline re-reads the whole text.
 */
export async function searchCandidates(actor: Actor, input: CandidateSearchQuery): Promise<CandidateSearchPage> {
  const parsed = candidateSearchQuerySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("That search could not be run.", z.flattenError(parsed.error).fieldErrors);
  const query = parsed.data;
  const empty = { results: [], total: 0, page: query.page, pageCount: 0, onlyStopWords: false };
  const db = getDb();
  const scope = await applicationScope(db, actor);
  if (scope !== "all" && scope.length === 0) return empty;

  const tsquery = toTsquery(query);
  const matches = (await runMatches(db, matchesQuery(query, scope), tsquery !== null)).map((row) => ({ id: String(row.id), total: Number(row.total) }));
  const ids = matches.map((row) => row.id);
  if (ids.length === 0) {
    const onlyStopWords = tsquery ? (await db.execute<{ empty: boolean }>(sql`select numnode(${tsquery}) = 0 as empty`))[0]?.empty === true : false;
    return { ...empty, onlyStopWords };
  }
  const total = matches[0]?.total ?? 0;
  const details = await loadResultDetails(db, ids, tsquery);
  const byId = new Map(details.map((d) => [d.applicationId, d]));
  return {
    results: ids.flatMap((id) => byId.get(id) ?? []),
    total,
    page: query.page,
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
    onlyStopWords: false,
  };
}

interface DetailRow extends Record<string, unknown> {
  id: string;
  name: string;
  email: string;
  snippet: string | null;
  requisition_id: string;
  requisition_title: string;
  stage_name: string;
  stage_kind: StageKind;
  required_met: number | null;
  required_total: number;
  applied_at: Date | string;
  withdrawn: boolean;
}

// The text a snippet may come from, in the order a reviewer trusts it: the candidate's own
// evidence, the cover letter, the team's notes, then the resume (capped: ts_headline parses it all).
const snippetSource = sql`left(concat_ws(E'\n',
  (select string_agg(qa.evidence, E'\n') from qualification_answers qa where qa.application_id = a.id),
  a.cover_letter,
  (select string_agg(n.body, E'\n' order by n.created_at) from notes n where n.application_id = a.id),
  (select r.text from resumes r where r.application_id = a.id and r.text_status = 'ok' order by r.created_at desc limit 1)
), 60000)`;

async function loadResultDetails(db: Executor, ids: string[], tsquery: SQL | null): Promise<CandidateSearchResult[]> {
  const name = sql`c.first_name || ' ' || c.last_name`;
  const columns = tsquery
    ? sql`ts_headline('english', ${clean(name)}, ${tsquery}, ${headlineOptions("HighlightAll=true")}) as name,
          ts_headline('english', ${clean(sql`c.email`)}, ${tsquery}, ${headlineOptions("HighlightAll=true")}) as email,
          ts_headline('english', ${clean(snippetSource)}, ${tsquery}, ${headlineOptions('MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "')}) as snippet`
    : sql`${name} as name, c.email as email, null as snippet`;
  const rows = await db.execute<DetailRow>(sql`
    select a.id, ${columns},
      r.id as requisition_id, r.title as requisition_title, s.name as stage_name, s.kind as stage_kind,
      a.required_met, a.created_at as applied_at, a.withdrawn_at is not null as withdrawn,
      (select count(*)::int from qualifications q
        where q.requisition_id = a.requisition_id and q.kind = 'required' and q.archived_at is null) as required_total
    from applications a
    join candidates c on c.id = a.candidate_id
    join requisitions r on r.id = a.requisition_id
    join stages s on s.id = a.stage_id
    where a.id in (${list(ids)})`);
  return rows.map((row) => {
    const snippet = row.snippet ? parseHighlight(row.snippet) : null;
    return {
      applicationId: row.id,
      name: tsquery ? parseHighlight(row.name) : plainFragments(row.name),
      email: tsquery ? parseHighlight(row.email) : plainFragments(row.email),
      snippet: snippet && hasMatch(snippet) ? snippet : null,
      requisition: { id: row.requisition_id, title: row.requisition_title },
      stage: { name: row.stage_name, kind: row.stage_kind },
      requiredMet: row.required_met,
      requiredTotal: row.required_total,
      appliedAt: new Date(row.applied_at),
      withdrawn: row.withdrawn,
    };
  });
}

/** What the filter controls offer: only values found on the requisitions the actor may search. */
export async function getCandidateSearchOptions(actor: Actor): Promise<CandidateSearchOptions> {
  const db = getDb();
  const scope = await applicationScope(db, actor);
  if (scope !== "all" && scope.length === 0) return { requisitions: [], stages: [], tags: [], sources: [] };
  const requisitionScope = scope === "all" ? sql`true` : sql`r.id in (${list(scope)})`;
  const [requisitions, stages, tags, sources] = await Promise.all([
    db.execute<{ id: string; title: string }>(sql`select r.id, r.title from requisitions r where ${requisitionScope} order by r.title, r.id`),
    db.execute<{ name: string }>(sql`
      select distinct s.name from stages s join requisitions r on r.id = s.requisition_id
      where s.archived_at is null and ${requisitionScope} order by s.name limit 200`),
    db.execute<{ tag: string }>(sql`
      select t.tag from application_tags t join applications a on a.id = t.application_id
      where ${inScope(scope)} group by t.tag order by count(*) desc, t.tag limit 200`),
    db.execute<{ source: string }>(sql`
      select a.source from applications a where a.source is not null and ${inScope(scope)}
      group by a.source order by count(*) desc, a.source limit 200`),
  ]);
  return {
    requisitions: requisitions.map((r) => ({ id: r.id, title: r.title })),
    stages: stages.map((s) => s.name),
    tags: tags.map((t) => t.tag).sort(),
    sources: sources.map((s) => s.source).sort(),
  };
}
