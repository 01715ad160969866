import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportFilterForm } from "@/components/reports/report-filter-form";
import { FunnelReport, RejectionReasonsReport, SourcesReport, TimeInStageReport, TimeToHireReport } from "@/components/reports/report-views";
import { requireUser } from "@/lib/auth/current-actor";
import { canManagePrivacy } from "@/lib/domain/privacy-permissions";
import { canViewInterviewerCalibration } from "@/lib/domain/interviewer-calibration";
import { parseReportFilter, type ReportFilter, type ReportTable } from "@/lib/domain/report-filter";
import { NotFoundError } from "@/lib/services/errors";
import { getReports, type Reports } from "@/lib/services/reports";

export const metadata: Metadata = { title: "Reports" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function exportHrefFor(filter: ReportFilter) {
  return (table: ReportTable) => {
    const params = new URLSearchParams({ table });
    if (filter.requisitionId) params.set("requisition", filter.requisitionId);
    if (filter.from) params.set("from", filter.from);
    if (filter.to) params.set("to", filter.to);
    return `/dashboard/reports/export?${params.toString()}`;
  };
}

/** Hiring reports from the stage history (docs/reports.md); the filter is the URL. */
export default async function ReportsPage({ searchParams }: Props) {
  const actor = await requireUser();
  const parsed = parseReportFilter(await searchParams);
  const filter: ReportFilter = parsed.ok ? parsed.filter : { requisitionId: null, from: null, to: null };
  let reports: Reports;
  try {
    reports = await getReports(actor, filter);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const exportHref = exportHrefFor(filter);
  return (
    <>
      <h1 className="text-2xl font-semibold">Reports</h1>
      {canViewInterviewerCalibration(actor) ? (
        <p className="mt-1">
          <Link href="/dashboard/reports/interviewers" className="text-sm text-brand-700 underline">
            Interviewer calibration
          </Link>
        </p>
      ) : null}
      {canManagePrivacy(actor) ? (
        <p className="mt-2 text-sm">
          <Link href="/dashboard/reports/self-identification" className="text-brand-700 hover:underline">
            Self-identification report
          </Link>
        </p>
      ) : null}
      <ReportFilterForm filter={filter} requisitions={reports.requisitions} error={parsed.ok ? null : parsed.error} />
      <FunnelReport rows={reports.funnel} exportHref={exportHref} />
      <TimeInStageReport rows={reports.timeInStage} exportHref={exportHref} />
      <TimeToHireReport rows={reports.timeToHire} exportHref={exportHref} />
      <SourcesReport rows={reports.sources} exportHref={exportHref} />
      <RejectionReasonsReport rows={reports.rejectionReasons} exportHref={exportHref} />
    </>
  );
}
