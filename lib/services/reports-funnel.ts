import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { percentage } from "@/lib/domain/report-definitions";
import type { StageKind } from "@/lib/domain/requisition-types";
import { cohortStaysSql, reportRows, requisitionIdsSql, type ReportScope } from "./reports-scope";
import { rejectionReasonsReport, type RejectionReasonRow } from "./reports-sources";

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
 * Reached counts rows of the stays table (docs/reports.md): one per application and stage it was
 * moved into or is in now. Stages are grouped by name, so "All requisitions" adds up requisitions
 * that share the default stage names; with one requisition a name is one stage. Rejected stages
 * are where applications leave, so they appear as the "left" columns rather than as a step;
 * `closed` is the rejection reasons report when the caller already has it.
 */
export async function funnelReport(db: Executor, scope: ReportScope, closed?: RejectionReasonRow[]): Promise<FunnelRow[]> {
  if (scope.requisitionIds.length === 0) return [];
  const ids = requisitionIdsSql(scope);
  const reachedRows = await reportRows<{ stage: string; kind: StageKind; reached: number }>(
    db,
    sql`
      with ${cohortStaysSql(scope)},
      named as (
        select s.id, s.name, s.kind,
          -- A removed stage and the one that replaced it may share a name: only then can one
          -- application reach a name through two stages, and need counting once.
          count(*) over (partition by s.requisition_id, s.name) > 1 as shared_name
        from stages s where s.requisition_id in (${ids}) and s.kind <> 'rejected'
      ),
      -- A stays row is one application in one stage it was moved into or is in now, so every
      -- other stage's count is its number of rows: no per-application set to build.
      counts as (
        select name, sum(reached)::int as reached from (
          select n.name, k.reached
          from (select st.stage_id, count(*) as reached from stays st group by st.stage_id) k
          join named n on n.id = k.stage_id and not n.shared_name
          union all
          select d.name, count(*)
          from (select distinct st.application_id, n.name from stays st join named n on n.id = st.stage_id and n.shared_name) d
          group by d.name
        ) x group by name
      )
      select s.name as stage, s.kind, coalesce(max(k.reached), 0)::int as reached
      from stages s left join counts k on k.name = s.name
      where s.requisition_id in (${ids}) and s.kind <> 'rejected' and (s.archived_at is null or k.reached is not null)
      group by s.name, s.kind
      order by min(s.position), s.name`,
  );
  // The "left" columns are the rejection reasons report added up by stage: one pass over the closures.
  const closures = closed ?? (await rejectionReasonsReport(db, scope));
  const left = (stage: string, withdrew: boolean) =>
    closures.filter((r) => r.stage === stage && (r.kind === "they_withdrew") === withdrew).reduce((sum, r) => sum + r.count, 0);
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
