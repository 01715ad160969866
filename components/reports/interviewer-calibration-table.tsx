import { calibrationDefinitions as d } from "@/lib/domain/interviewer-calibration";
import type { InterviewerCalibrationRow } from "@/lib/services/reports-interviewers";
import { ReportTable } from "./report-section";

const share = (rate: number | null, part: number, whole: number) => (rate === null ? null : `${rate}% (${part} of ${whole})`);

/** Signed to two decimals with a true minus sign, so "stricter" and "more lenient" read at a glance. */
function signed(value: number | null): string | null {
  if (value === null) return null;
  const text = Math.abs(value).toFixed(2);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function InterviewerCalibrationTable({ rows }: { rows: InterviewerCalibrationRow[] }) {
  return (
    <section aria-labelledby="calibration-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
      <h2 id="calibration-heading" className="text-lg font-semibold">
        Scorecards by interviewer
      </h2>
      <div className="mt-4 overflow-x-auto">
        <ReportTable
          caption="Per interviewer: scorecards submitted, timeliness, overall recommendations, leniency against the panel and agreement with the final decision"
          columns={["Interviewer", "Scorecards submitted", "On time", "Strong no", "No", "Yes", "Strong yes", "Leniency", "Agreement with decision"]}
          rows={rows.map((r) => [
            r.name,
            r.submitted,
            share(r.onTimeRate, r.onTime, r.due),
            r.distribution.strong_no,
            r.distribution.no,
            r.distribution.yes,
            r.distribution.strong_yes,
            signed(r.leniency),
            share(r.agreementRate, r.agreed, r.decided),
          ])}
          empty="No interviewer owes a scorecard yet."
        />
      </div>
      <ol aria-label="Definitions for Scorecards by interviewer" className="mt-4 list-decimal space-y-1 pl-5 text-sm text-slate-600 dark:text-slate-300">
        {[d.submitted, d.onTime, d.distribution, d.leniency, d.agreement].map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ol>
    </section>
  );
}
