import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { roundDays } from "@/lib/domain/report-definitions";
import { cohortSql, cohortStaysSql, reportRows, requisitionIdsSql, type ReportScope } from "./reports-scope";

export interface TimeInStageRow {
  stage: string;
  /** Applications ever in the stage. */
  applications: number;
  medianDays: number | null;
  p90Days: number | null;
  /** The stage's target; null when it has none or requisitions differ ("All requisitions"). */
  targetDays: number | null;
  overTarget: number;
}

/**
 * Per application and stage: the visits that have ended (summed when the row was written) plus the
 * open one up to now. Moves backwards and re-opening are already added up in the stays table.
 */
export async function timeInStageReport(db: Executor, scope: ReportScope): Promise<TimeInStageRow[]> {
  if (scope.requisitionIds.length === 0) return [];
  const now = scope.now.toISOString();
  const durations = await reportRows<{ stage: string; applications: number; days: [number, number] | null }>(
    db,
    sql`
      with ${cohortStaysSql(scope)},
      -- Stage names as small integers (in the "C" collation), so the rows are sorted by a number,
      -- not by text in the locale's order, before the percentiles.
      active as (
        select id, name, position, dense_rank() over (order by name collate "C") as name_rank
        from stages where requisition_id in (${requisitionIdsSql(scope)}) and kind = 'active'
      ),
      per_application as (
        select st.stage_id, (st.closed_seconds + coalesce(extract(epoch from ${now}::timestamptz - st.open_since)::float8, 0)) / 86400 as days
        -- A row with no stage event into it (only a current stage) has no time to count.
        from stays st where st.first_entered_at is not null
      ),
      by_name as (
        select a.name_rank, min(a.position) as position, count(*)::int as applications,
          percentile_cont(array[0.5, 0.9]::float8[]) within group (order by p.days) as days
        from per_application p join active a on a.id = p.stage_id
        group by a.name_rank
      )
      select (select a.name from active a where a.name_rank = b.name_rank limit 1) as stage, b.applications, b.days
      from by_name b
      order by b.position, b.name_rank`,
  );
  const targets = await reportRows<{ stage: string; min_target: number | null; max_target: number | null; over: number }>(
    db,
    sql`
      with ${cohortSql(scope)}
      select s.name as stage, min(s.target_days)::int as min_target, max(s.target_days)::int as max_target,
        count(c.id) filter (where c.withdrawn_at is null and s.target_days is not null
          and c.stage_entered_at < ${now}::timestamptz - s.target_days * interval '1 day')::int as over
      from stages s left join cohort c on c.stage_id = s.id
      where s.requisition_id in (${requisitionIdsSql(scope)}) and s.kind = 'active'
      group by s.name`,
  );
  return durations.map((row) => {
    const target = targets.find((t) => t.stage === row.stage);
    return {
      stage: row.stage,
      applications: row.applications,
      medianDays: roundDays(row.days?.[0] ?? null),
      p90Days: roundDays(row.days?.[1] ?? null),
      targetDays: target && target.min_target === target.max_target ? target.min_target : null,
      overTarget: target?.over ?? 0,
    };
  });
}

export interface TimeToHireRow {
  measure: "application" | "requisition";
  hires: number;
  medianDays: number | null;
  minDays: number | null;
  maxDays: number | null;
}

/** Hired applications of the cohort (in a hired stage now), timed to their first move into one (from the stays). */
export async function timeToHireReport(db: Executor, scope: ReportScope): Promise<TimeToHireRow[]> {
  const empty = (measure: TimeToHireRow["measure"]): TimeToHireRow => ({ measure, hires: 0, medianDays: null, minDays: null, maxDays: null });
  if (scope.requisitionIds.length === 0) return [empty("application"), empty("requisition")];
  const rows = await reportRows<{ measure: TimeToHireRow["measure"]; hires: number; median: number | null; min: number | null; max: number | null }>(
    db,
    sql`
    with ${cohortStaysSql(scope)},
    -- Hired now: the row of the current stage is a hired stage. Timed to the first move into any
    -- hired stage; a current hired stage that no stage event moved it into gives no time.
    hires as (
      select st.application_id as id, st.requisition_id, st.applied_at, min(st.first_entered_at) as hired_at
      from stays st
      where st.stage_id in (select id from stages where requisition_id in (${requisitionIdsSql(scope)}) and kind = 'hired')
      group by st.application_id, st.requisition_id, st.applied_at
      having bool_or(st.in_stage_now) and min(st.first_entered_at) is not null
    ),
    opened as (
      select r.id, least(r.published_at,
        (select min(se.created_at) from requisition_status_events se where se.requisition_id = r.id and se.to_status = 'open')) as opened_at
      from requisitions r where r.id in (select requisition_id from hires)
    ),
    spans as (
      select 'application' as measure, extract(epoch from h.hired_at - h.applied_at) / 86400 as days from hires h
      union all
      select 'requisition', extract(epoch from h.hired_at - o.opened_at) / 86400 from hires h join opened o on o.id = h.requisition_id where o.opened_at is not null
    )
    select measure, count(*)::int as hires, (percentile_cont(0.5) within group (order by days))::float8 as median,
      min(days)::float8 as min, max(days)::float8 as max
    from spans group by measure`,
  );
  return (["application", "requisition"] as const).map((measure) => {
    const row = rows.find((r) => r.measure === measure);
    return row ? { measure, hires: row.hires, medianDays: roundDays(row.median), minDays: roundDays(row.min), maxDays: roundDays(row.max) } : empty(measure);
  });
}
