import type { ReportFilter } from "@/lib/domain/report-filter";
import type { ReportRequisitionOption } from "@/lib/services/reports";

const field = "mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

/** A GET form: the filter lives in the URL, so a report can be bookmarked and shared, and works without JavaScript. */
export function ReportFilterForm({ filter, requisitions, error }: { filter: ReportFilter; requisitions: readonly ReportRequisitionOption[]; error: string | null }) {
  return (
    <form method="get" action="/dashboard/reports" className="mt-4 flex flex-wrap items-end gap-4" aria-describedby={error ? "report-filter-error" : undefined}>
      <div>
        <label htmlFor="report-requisition" className="block text-sm font-medium">
          Requisition
        </label>
        <select id="report-requisition" name="requisition" defaultValue={filter.requisitionId ?? ""} className={field}>
          <option value="">All requisitions</option>
          {requisitions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="report-from" className="block text-sm font-medium">
          Applied from
        </label>
        <input id="report-from" type="date" name="from" defaultValue={filter.from ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="report-to" className="block text-sm font-medium">
          Applied to
        </label>
        <input id="report-to" type="date" name="to" defaultValue={filter.to ?? ""} className={field} />
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
        Show reports
      </button>
      {error ? (
        <p id="report-filter-error" role="alert" className="w-full text-sm text-red-700">
          {error} Showing all applications instead.
        </p>
      ) : null}
    </form>
  );
}
