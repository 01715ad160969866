import Link from "next/link";
import type { JobFilterOptions, JobFilters } from "@/lib/domain/job-filters";
import { workplaceLabels } from "@/lib/domain/posting-labels";
import { FilterSelect } from "@/components/ui/filter-select";

export function JobFiltersForm({ filters, options }: { filters: JobFilters; options: JobFilterOptions }) {
  return (
    <form method="get" action="/jobs" aria-label="Filter jobs" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
      <div className="grid gap-4 sm:grid-cols-3">
        <FilterSelect idPrefix="filter" name="department" label="Department" noFilterLabel="All departments" value={filters.department} options={options.departments.map((d) => [d, d])} />
        <FilterSelect idPrefix="filter" name="location" label="Location" noFilterLabel="All locations" value={filters.location} options={options.locations.map((l) => [l, l])} />
        <FilterSelect
          idPrefix="filter"
          name="workplace"
          label="Workplace"
          noFilterLabel="Any workplace"
          value={filters.workplace}
          options={options.workplaceTypes.map((w) => [w, workplaceLabels[w]])}
        />
      </div>
      <div className="mt-4 flex items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
          Apply filters
        </button>
        <Link href="/jobs" className="text-brand-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
