import "server-only";
import { asc, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { requisitionMembers, requisitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/actor";
import { canOpenReports, canViewReports, seesAllRequisitions } from "@/lib/domain/permissions";
import { cohortBounds, type ReportFilter } from "@/lib/domain/report-filter";
import { NotFoundError } from "./errors";
import { reportSideDb } from "./reports-side-connections";

/** The requisitions and cohort one report covers, already authorised. */
export interface ReportScope {
  requisitionIds: string[];
  start: string;
  end: string;
  now: Date;
}

export interface ReportRequisitionOption {
  id: string;
  title: string;
}

/** Requisitions whose reports the actor may read; not-found for actors with no reports at all. */
export async function listReportRequisitions(actor: Actor): Promise<ReportRequisitionOption[]> {
  if (!canOpenReports(actor)) throw new NotFoundError();
  const db = getDb();
  const columns = { id: requisitions.id, title: requisitions.title };
  if (seesAllRequisitions(actor)) return db.select(columns).from(requisitions).orderBy(asc(requisitions.title), asc(requisitions.id));
  if (actor.kind !== "user") throw new NotFoundError();
  const rows = await db
    .selectDistinct({ ...columns, role: requisitionMembers.role })
    .from(requisitions)
    .innerJoin(requisitionMembers, eq(requisitionMembers.requisitionId, requisitions.id))
    .where(eq(requisitionMembers.userId, actor.id))
    .orderBy(asc(requisitions.title), asc(requisitions.id));
  return rows.filter((row) => canViewReports(actor, { teamRoles: [row.role] })).map(({ id, title }) => ({ id, title }));
}

/** One requisition the actor may not read answers not-found, as if it did not exist. */
export async function resolveReportScope(actor: Actor, filter: ReportFilter, now: Date): Promise<ReportScope & { requisitions: ReportRequisitionOption[] }> {
  const visible = await listReportRequisitions(actor);
  const chosen = filter.requisitionId ? visible.filter((r) => r.id === filter.requisitionId) : visible;
  if (filter.requisitionId && chosen.length === 0) throw new NotFoundError("That requisition");
  return { requisitionIds: chosen.map((r) => r.id), ...cohortBounds(filter), now, requisitions: visible };
}

/** The scope's requisition ids as an SQL list. */
export function requisitionIdsSql(scope: ReportScope): SQL {
  return sql.join(
    scope.requisitionIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

/** `a.requisition_id in (…)` and the application date range: the cohort every report starts from. */
export function cohortSql(scope: ReportScope): SQL {
  const ids = requisitionIdsSql(scope);
  return sql`
    cohort as not materialized (
      select a.id, a.requisition_id, a.stage_id, a.source, a.created_at, a.stage_entered_at, a.withdrawn_at
      from applications a
      where a.requisition_id in (${ids})
        and a.created_at >= ${scope.start}::timestamptz and a.created_at < ${scope.end}::timestamptz
    )`;
}

/**
 * The cohort's rows of application_stage_stays: one per application and stage it was moved into
 * or is in now, with the time spent there over its finished visits and the start of the visit
 * still open. The triggers of migration 0010 keep it equal to a fold of stage_events and
 * applications.stage_id (docs/reports.md), so reports read it instead of sorting the whole
 * history for every page.
 */
export function cohortStaysSql(scope: ReportScope): SQL {
  return sql`
    stays as not materialized (
      select st.application_id, st.stage_id, st.requisition_id, st.applied_at, st.first_entered_at, st.closed_seconds, st.open_since, st.in_stage_now
      from application_stage_stays st
      where st.requisition_id in (${requisitionIdsSql(scope)})
        and st.applied_at >= ${scope.start}::timestamptz and st.applied_at < ${scope.end}::timestamptz
    )`;
}

/** Each application's last closure, for those closed now: the stage it left and the kind of its reason. */
export const lastClosureSql = sql`
    last_closure as (
      select distinct on (e.application_id) e.application_id, e.from_stage_id, e.rejection_reason_id,
        -- A move without a user is the candidate acting (stage_events.actor_user_id): a withdrawal.
        coalesce(rr.kind = 'they_withdrew', e.actor_user_id is null) as withdrew
      from cohort c
      join stages cs on cs.id = c.stage_id and cs.kind = 'rejected'
      join stage_events e on e.application_id = c.id
      join stages t on t.id = e.to_stage_id and t.kind = 'rejected'
      left join rejection_reasons rr on rr.id = e.rejection_reason_id
      order by e.application_id, e.created_at desc, e.id desc
    )`;

/** Runs a report query; postgres.js returns the rows as an array. */
export async function reportRows<T>(db: Executor, query: SQL): Promise<T[]> {
  return (await db.execute(query)) as unknown as T[];
}

/** Room to sort and hash a large requisition's history in memory rather than on disk, without parallel workers. */
async function tuneReportTransaction(tx: Executor): Promise<void> {
  // Measured on the 100k demo data: parallel plans spent about 40 % more CPU on these queries
  // (each worker builds the same hash tables) for no gain in time on a busy machine. And every
  // report query is planned for its own requisitions and dates: they are prepared statements
  // (db/prepared-statements.ts), and plans cached for any parameters made the admin's page about a
  // third slower (p95 348 instead of 258 ms in `npm run bench:reports`).
  await tx.execute(
    sql`select set_config('work_mem', '32MB', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('plan_cache_mode', 'force_custom_plan', true)`,
  );
}

const readOnlySnapshot = { isolationLevel: "repeatable read", accessMode: "read only" } as const;

/**
 * Runs reports in one read-only snapshot, so that the tables of one page agree with each other,
 * with room to sort and hash a large requisition's history in memory rather than on disk.
 */
export function inReportSnapshot<T>(run: (db: Executor) => Promise<T>): Promise<T> {
  return getDb().transaction(async (tx) => {
    await tuneReportTransaction(tx);
    return run(tx);
  }, readOnlySnapshot);
}

// What pg_export_snapshot() returns (e.g. 00000003-0000001B-1); checked because SET TRANSACTION
// SNAPSHOT takes a literal, not a bound parameter.
const SNAPSHOT_ID = /^[0-9A-F]+(-[0-9A-F]+)+$/i;

/**
 * Like `inReportSnapshot`, but the parts run side by side, each on a connection of its own, all in
 * the one snapshot: the first part runs in the transaction that exports it (pg_export_snapshot),
 * the others import it (SET TRANSACTION SNAPSHOT) on the reports' side pool
 * (reports-side-connections.ts). A single transaction runs its queries one after the other, on one
 * core; independent parts on separate connections use every core the database has. The exporting
 * transaction stays open until every part has settled, so every import finds the snapshot.
 */
export function inParallelReportSnapshot<T extends readonly unknown[]>(parts: { [K in keyof T]: (db: Executor) => Promise<T[K]> }): Promise<T> {
  const [first, ...others] = parts as unknown as ((db: Executor) => Promise<unknown>)[];
  if (!first) return Promise.resolve([] as unknown as T);
  return inReportSnapshot(async (tx) => {
    if (others.length === 0) return [await first(tx)] as unknown as T;
    const [exported] = await reportRows<{ id: string }>(tx, sql`select pg_export_snapshot() as id`);
    const id = exported?.id ?? "";
    if (!SNAPSHOT_ID.test(id)) throw new Error(`unexpected snapshot id ${JSON.stringify(id)}`);
    const inImportedSnapshot = (run: (db: Executor) => Promise<unknown>) =>
      reportSideDb().transaction(async (side) => {
        // Must come before any query of the transaction.
        await side.execute(sql.raw(`set transaction snapshot '${id}'`));
        await tuneReportTransaction(side);
        return run(side);
      }, readOnlySnapshot);
    const results = await Promise.allSettled([first(tx), ...others.map(inImportedSnapshot)]);
    // Every part has settled before the exporting transaction ends, so none reads after it.
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
  });
}
