import Form from "next/form";
import Link from "next/link";
import type { CandidateSearchOptions, CandidateSearchQuery } from "@/lib/domain/search-query";
import { FilterSelect } from "@/components/ui/filter-select";

const fieldClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";
const labelClass = "text-sm font-medium text-slate-800";

/**
 * A GET form, so every search has its own URL and works without JavaScript; with it, next/form
 * navigates in place and the result count below is announced.
 */
export function CandidateSearchForm({ query, options }: { query: CandidateSearchQuery; options: CandidateSearchOptions }) {
  const pair = (value: string): [string, string] => [value, value];
  return (
    <Form action="/dashboard/candidates" role="search" aria-label="Candidates" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
      <label htmlFor="search-q" className={labelClass}>
        Search candidates
      </label>
      <div className="mt-1 flex gap-3">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          maxLength={200}
          aria-describedby="search-q-hint"
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
          Search
        </button>
      </div>
      <p id="search-q-hint" className="mt-1 text-sm text-slate-600">
        Names, emails, resumes, answers, evidence and notes. Use &quot;quotes&quot; for a phrase, or and -word to exclude.
      </p>
      <fieldset className="mt-4">
        <legend className="text-sm font-semibold text-slate-800">Filters</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <FilterSelect idPrefix="search" name="requisition" label="Requisition" noFilterLabel="All requisitions" value={query.requisition} options={options.requisitions.map((r) => [r.id, r.title])} />
          <FilterSelect idPrefix="search" name="stage" label="Stage" noFilterLabel="Any stage" value={query.stage} options={options.stages.map(pair)} />
          <FilterSelect idPrefix="search" name="tag" label="Tag" noFilterLabel="Any tag" value={query.tag} options={options.tags.map(pair)} />
          <FilterSelect idPrefix="search" name="source" label="Source" noFilterLabel="Any source" value={query.source} options={options.sources.map(pair)} />
          <div>
            <label htmlFor="search-from" className={labelClass}>
              Applied from
            </label>
            <input id="search-from" name="from" type="date" defaultValue={query.from ?? ""} className={fieldClass} />
          </div>
          <div>
            <label htmlFor="search-to" className={labelClass}>
              Applied until
            </label>
            <input id="search-to" name="to" type="date" defaultValue={query.to ?? ""} className={fieldClass} />
          </div>
          <div>
            <label htmlFor="search-required" className={labelClass}>
              Required qualifications met, at least
            </label>
            <input id="search-required" name="requiredMet" type="number" min={0} max={99} step={1} defaultValue={query.requiredMet ?? ""} className={fieldClass} />
          </div>
        </div>
      </fieldset>
      <p className="mt-4">
        <Link href="/dashboard/candidates" className="text-brand-700 underline">
          Clear search and filters
        </Link>
      </p>
    </Form>
  );
}
