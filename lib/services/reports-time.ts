import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { roundDays } from "@/lib/domain/report-definitions";
import { cohortSql, reportRows, requisitionIdsSql, type ReportScope } from "./reports-scope";

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
 * One stint per stage event: from the event to the application's next event, or to now. Stints
 * in the same stage (moves backwards, re-opening) are added up per application before the median.
 */
export async function timeInStageReport(db: Executor, scope: ReportScope): Promise<TimeInStageRow[]> {
  if (scope.requisitionIds.length === 0) return [];
  const now = scope.now.toISOString();
  const durations = await reportRows<{ stage: string; applications: number; median: number | null; p90: number | null }>(
    db,
    sql`
      with ${cohortSql(scope)},
      active as (select id, name, position from stages where requisition_id in (${requisitionIdsSql(scope)}) and kind = 'active'),
      stints as (
        select e.application_id, e.to_stage_id as stage_id, e.created_at as entered,
          coalesce(lead(e.created_at) over (partition by e.application_id order by e.created_at, e.id), ${now}::timestamptz) as left_at
        from stage_events e join cohort c on c.id = e.application_id
      ),
      per_application as (
        select st.stage_id, st.application_id, sum(extract(epoch from st.left_at - st.entered)::float8) / 86400 as days
        from stints st where st.stage_id in (select id from active)
        group by st.stage_id, st.application_id
      )
      -- Grouped by name in the "C" collation: byte order sorts far faster than the locale's.
      select a.name collate "C" as stage, count(*)::int as applications,
        (percentile_cont(0.5) within group (order by p.days))::float8 as median,
        (percentile_cont(0.9) within group (order by p.days))::float8 as p90
      from per_application p join active a on a.id = p.stage_id
      group by a.name collate "C"
      order by min(a.position), 1`,
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
      medianDays: roundDays(row.median),
      p90Days: roundDays(row.p90),
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

/** Hired applications of the cohort (in a hired stage now), timed to their first move into one. */
export async function timeToHireReport(db: Executor, scope: ReportScope): Promise<TimeToHireRow[]> {
  const empty = (measure: TimeToHireRow["measure"]): TimeToHireRow => ({ measure, hires: 0, medianDays: null, minDays: null, maxDays: null });
  if (scope.requisitionIds.length === 0) return [empty("application"), empty("requisition")];
  const rows = await reportRows<{ measure: TimeToHireRow["measure"]; hires: number; median: number | null; min: number | null; max: number | null }>(
    db,
    sql`
    with ${cohortSql(scope)},
    hires as (
      select c.id, c.requisition_id, c.created_at as applied_at, min(e.created_at) as hired_at
      from cohort c
      join stages cs on cs.id = c.stage_id and cs.kind = 'hired'
      join stage_events e on e.application_id = c.id
      join stages t on t.id = e.to_stage_id and t.kind = 'hired'
      group by c.id, c.requisition_id, c.created_at
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
