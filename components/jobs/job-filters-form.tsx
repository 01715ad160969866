import Link from "next/link";
import type { JobFilterOptions, JobFilters } from "@/lib/domain/job-filters";
import { workplaceLabels } from "@/lib/domain/posting-labels";

const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base shadow-sm";

function FilterSelect({ name, label, allLabel, value, options }: { name: string; label: string; allLabel: string; value: string | undefined; options: [string, string][] }) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{allLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form, so filtering works without JavaScript and every result page has its own URL. */
export function JobFiltersForm({ filters, options }: { filters: JobFilters; options: JobFilterOptions }) {
  return (
    <form method="get" action="/jobs" aria-label="Filter jobs" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
      <div className="grid gap-4 sm:grid-cols-3">
        <FilterSelect name="department" label="Department" allLabel="All departments" value={filters.department} options={options.departments.map((d) => [d, d])} />
        <FilterSelect name="location" label="Location" allLabel="All locations" value={filters.location} options={options.locations.map((l) => [l, l])} />
        <FilterSelect
          name="workplace"
          label="Workplace"
          allLabel="Any workplace"
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
