import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { percentage } from "@/lib/domain/report-definitions";
import type { StageKind } from "@/lib/domain/requisition-types";
import { cohortSql, lastClosureSql, reportRows, requisitionIdsSql, type ReportScope } from "./reports-scope";

export interface FunnelRow {
  stage: string;
  kind: StageKind;
  reached: number;
  /** Percent of the previous stage's reached; null for the first stage. */
  conversion: number | null;
  leftRejected: number;
  leftWithdrew: number;
}

/**
 * Stages are grouped by name, so "All requisitions" adds up requisitions that share the default
 * stage names; with one requisition a name is one stage. Rejected stages are where applications
 * leave, so they appear as the "left" columns rather than as a step.
 */
export async function funnelReport(db: Executor, scope: ReportScope): Promise<FunnelRow[]> {
  if (scope.requisitionIds.length === 0) return [];
  const ids = requisitionIdsSql(scope);
  const reachedRows = await reportRows<{ stage: string; kind: StageKind; reached: number }>(
    db,
    sql`
      with ${cohortSql(scope)},
      -- By name, so that the union itself removes an application's repeat visits to a stage.
      reached as (
        select e.application_id, s.name from stage_events e join cohort c on c.id = e.application_id join stages s on s.id = e.to_stage_id where s.kind <> 'rejected'
        union
        select c.id, s.name from cohort c join stages s on s.id = c.stage_id where s.kind <> 'rejected'
      ),
      counts as (select name, count(*)::int as reached from reached group by name)
      select s.name as stage, s.kind, coalesce(max(k.reached), 0)::int as reached
      from stages s left join counts k on k.name = s.name
      where s.requisition_id in (${ids}) and s.kind <> 'rejected' and (s.archived_at is null or k.reached is not null)
      group by s.name, s.kind
      order by min(s.position), s.name`,
  );
  const leftRows = await reportRows<{ stage: string; withdrew: boolean; n: number }>(
    db,
    sql`
      with ${cohortSql(scope)}, ${lastClosureSql}
      select s.name as stage, l.withdrew, count(*)::int as n
      from last_closure l join stages s on s.id = l.from_stage_id
      group by s.name, l.withdrew`,
  );
  const left = (stage: string, withdrew: boolean) => leftRows.find((r) => r.stage === stage && r.withdrew === withdrew)?.n ?? 0;
  return reachedRows.map((row, i) => {
    const previous = reachedRows[i - 1];
    return {
      stage: row.stage,
      kind: row.kind,
      reached: row.reached,
      conversion: previous ? percentage(row.reached, previous.reached) : null,
      leftRejected: left(row.stage, false),
      leftWithdrew: left(row.stage, true),
    };
  });
}
