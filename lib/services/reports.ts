import "server-only";
import { getDb, type Executor } from "@/db/client";
import type { Actor } from "@/lib/domain/actor";
import { toCsv, type CsvCell } from "@/lib/domain/csv";
import { rejectionKindLabels, timeToHireLabels } from "@/lib/domain/report-definitions";
import type { ReportFilter, ReportTable } from "@/lib/domain/report-filter";
import { writeAudit } from "./audit";
import { funnelReport, type FunnelRow } from "./reports-funnel";
import { inParallelReportSnapshot, inReportSnapshot, resolveReportScope, type ReportRequisitionOption, type ReportScope } from "./reports-scope";
import { rejectionReasonsReport, sourcesReport, type RejectionReasonRow, type SourceRow } from "./reports-sources";
import { timeInStageReport, timeToHireReport, type TimeInStageRow, type TimeToHireRow } from "./reports-time";

export type { FunnelRow, RejectionReasonRow, ReportRequisitionOption, SourceRow, TimeInStageRow, TimeToHireRow };
export { listReportRequisitions } from "./reports-scope";

export interface Reports {
  requisitions: ReportRequisitionOption[];
  funnel: FunnelRow[];
  timeInStage: TimeInStageRow[];
  timeToHire: TimeToHireRow[];
  sources: SourceRow[];
  rejectionReasons: RejectionReasonRow[];
}

/**
 * Every report for one requisition or all the actor may read, over the applications received in
 * the filter's dates: SQL aggregates over the stage history, in one read-only snapshot.
 */
export async function getReports(actor: Actor, filter: ReportFilter, now = new Date()): Promise<Reports> {
  const scope = await resolveReportScope(actor, filter, now);
  // One snapshot, so the tables agree with each other; the independent parts on connections of
  // their own, so the database works on them on both cores at once (docs/reports.md, Performance).
  const [[funnel, rejectionReasons], timeInStage, sources, timeToHire] = await inParallelReportSnapshot([
    async (db: Executor) => {
      const closures = await rejectionReasonsReport(db, scope);
      return [await funnelReport(db, scope, closures), closures] as const;
    },
    (db: Executor) => timeInStageReport(db, scope),
    (db: Executor) => sourcesReport(db, scope),
    (db: Executor) => timeToHireReport(db, scope),
  ]);
  return { requisitions: scope.requisitions, funnel, timeInStage, timeToHire, sources, rejectionReasons };
}

/** Header and rows of one table, the same columns the page shows. */
export async function getReportTable(actor: Actor, table: ReportTable, filter: ReportFilter, now = new Date()): Promise<{ header: string[]; rows: CsvCell[][] }> {
  const scope = await resolveReportScope(actor, filter, now);
  return inReportSnapshot((db) => reportTable(db, table, scope));
}

async function reportTable(db: Executor, table: ReportTable, scope: ReportScope): Promise<{ header: string[]; rows: CsvCell[][] }> {
  switch (table) {
    case "funnel":
      return {
        header: ["Stage", "Reached", "Conversion from previous stage (%)", "Left: rejected", "Left: withdrew"],
        rows: (await funnelReport(db, scope)).map((r) => [r.stage, r.reached, r.conversion, r.leftRejected, r.leftWithdrew]),
      };
    case "time-in-stage":
      return {
        header: ["Stage", "Applications", "Median days", "90th percentile days", "Target days", "Over target now"],
        rows: (await timeInStageReport(db, scope)).map((r) => [r.stage, r.applications, r.medianDays, r.p90Days, r.targetDays, r.overTarget]),
      };
    case "time-to-hire":
      return {
        header: ["Measure", "Hires", "Median days", "Shortest days", "Longest days"],
        rows: (await timeToHireReport(db, scope)).map((r) => [timeToHireLabels[r.measure], r.hires, r.medianDays, r.minDays, r.maxDays]),
      };
    case "sources":
      return {
        header: ["Source", "Applications", "Advanced", "Advancement rate (%)", "Hired"],
        rows: (await sourcesReport(db, scope)).map((r) => [r.source, r.applications, r.advanced, r.advancementRate, r.hires]),
      };
    case "rejection-reasons":
      return {
        header: ["Kind", "Reason", "Stage left from", "Applications"],
        rows: (await rejectionReasonsReport(db, scope)).map((r) => [rejectionKindLabels[r.kind], r.reason, r.stage, r.count]),
      };
  }
}

/** An export leaves the system, so it is audited (the page view is not). */
export async function getReportCsv(actor: Actor, table: ReportTable, filter: ReportFilter, now = new Date()): Promise<string> {
  const { header, rows } = await getReportTable(actor, table, filter, now);
  await writeAudit(getDb(), actor, { action: "report.export", targetType: "report", targetId: filter.requisitionId, details: { table, from: filter.from, to: filter.to } });
  return toCsv(header, rows);
}
