import { reportDefinitions as d, rejectionKindLabels, timeToHireLabels } from "@/lib/domain/report-definitions";
import type { ReportTable as ReportTableName } from "@/lib/domain/report-filter";
import type { Reports } from "@/lib/services/reports";
import { BarChart } from "./bar-chart";
import { ReportSection, ReportTable } from "./report-section";

type ExportHref = (table: ReportTableName) => string;
const pct = (value: number | null) => (value === null ? null : `${value}%`);

export function FunnelReport({ rows, exportHref }: { rows: Reports["funnel"]; exportHref: ExportHref }) {
  return (
    <ReportSection
      id="funnel"
      title="Funnel"
      exportHref={exportHref("funnel")}
      footnotes={[d.reached, d.conversion, d.left, d.cohort]}
      chart={<BarChart title="Applications that reached each stage" unit="applications" bars={rows.map((r) => ({ label: r.stage, value: r.reached }))} />}
    >
      <ReportTable
        caption="Applications that reached each stage, and where they left"
        columns={["Stage", "Reached", "Conversion", "Left: rejected", "Left: withdrew"]}
        rows={rows.map((r) => [r.stage, r.reached, pct(r.conversion), r.leftRejected, r.leftWithdrew])}
        empty="No stages to show."
      />
    </ReportSection>
  );
}

export function TimeInStageReport({ rows, exportHref }: { rows: Reports["timeInStage"]; exportHref: ExportHref }) {
  return (
    <ReportSection
      id="time-in-stage"
      title="Time in stage"
      exportHref={exportHref("time-in-stage")}
      footnotes={[d.timeInStage, d.overTarget, d.cohort]}
      chart={<BarChart title="Median days in each stage" unit="days" bars={rows.map((r) => ({ label: r.stage, value: r.medianDays ?? 0 }))} />}
    >
      <ReportTable
        caption="Days applications spent in each stage"
        columns={["Stage", "Applications", "Median days", "90th percentile days", "Target days", "Over target now"]}
        rows={rows.map((r) => [r.stage, r.applications, r.medianDays, r.p90Days, r.targetDays, r.overTarget])}
        empty="No applications in this period."
      />
    </ReportSection>
  );
}

export function TimeToHireReport({ rows, exportHref }: { rows: Reports["timeToHire"]; exportHref: ExportHref }) {
  const hired = rows.filter((r) => r.hires > 0);
  return (
    <ReportSection
      id="time-to-hire"
      title="Time to hire"
      exportHref={exportHref("time-to-hire")}
      footnotes={[d.timeToHireApplication, d.timeToHireRequisition, d.cohort]}
      chart={<BarChart title="Median days to hire" unit="days" bars={hired.map((r) => ({ label: timeToHireLabels[r.measure], value: r.medianDays ?? 0 }))} />}
    >
      <ReportTable
        caption="Days to hire: median, shortest and longest"
        columns={["Measure", "Hires", "Median days", "Shortest days", "Longest days"]}
        rows={rows.map((r) => [timeToHireLabels[r.measure], r.hires, r.medianDays, r.minDays, r.maxDays])}
        empty="No hires in this period."
      />
    </ReportSection>
  );
}

export function SourcesReport({ rows, exportHref }: { rows: Reports["sources"]; exportHref: ExportHref }) {
  return (
    <ReportSection
      id="sources"
      title="Sources"
      exportHref={exportHref("sources")}
      footnotes={[d.sources, d.cohort]}
      chart={<BarChart title="Applications by source" unit="applications" bars={rows.map((r) => ({ label: r.source, value: r.applications }))} />}
    >
      <ReportTable
        caption="Applications, advancement and hires by source"
        columns={["Source", "Applications", "Advanced", "Advancement rate", "Hired"]}
        rows={rows.map((r) => [r.source, r.applications, r.advanced, pct(r.advancementRate), r.hires])}
        empty="No applications in this period."
      />
    </ReportSection>
  );
}

export function RejectionReasonsReport({ rows, exportHref }: { rows: Reports["rejectionReasons"]; exportHref: ExportHref }) {
  const byReason = new Map<string, number>();
  for (const row of rows) byReason.set(row.reason, (byReason.get(row.reason) ?? 0) + row.count);
  return (
    <ReportSection
      id="rejection-reasons"
      title="Rejection reasons"
      exportHref={exportHref("rejection-reasons")}
      footnotes={[d.rejectionReasons, d.left, d.cohort]}
      chart={<BarChart title="Closed applications by reason" unit="applications" bars={[...byReason].map(([label, value]) => ({ label, value }))} />}
    >
      <ReportTable
        caption="Closed applications by reason and the stage they left from"
        columns={["Reason", "Kind", "Stage left from", "Applications"]}
        rows={rows.map((r) => [r.reason, rejectionKindLabels[r.kind], r.stage, r.count])}
        empty="No closed applications in this period."
      />
    </ReportSection>
  );
}
