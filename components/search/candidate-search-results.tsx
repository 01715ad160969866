import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { candidateSearchHref, type CandidateSearchQuery } from "@/lib/domain/search-query";
import type { CandidateSearchPage } from "@/lib/services/candidate-search";
import { HighlightedText } from "./highlighted-text";

function summary(page: CandidateSearchPage | null, restricted: boolean): string {
  if (!page) return "Search, or choose a filter, to list candidates.";
  if (page.onlyStopWords) return "Those words are too common to search for. Try more specific ones.";
  if (page.total === 0) return restricted ? "No candidates found. You see the candidates you are scheduled to interview." : "No candidates found.";
  const shown = `${(page.page - 1) * 25 + 1}–${(page.page - 1) * 25 + page.results.length}`;
  return `${page.total.toLocaleString("en")} ${page.total === 1 ? "candidate" : "candidates"} found${page.pageCount > 1 ? `, showing ${shown}` : ""}.`;
}

/** The result count (announced as a status), the matches best first, and paging links. */
export function CandidateSearchResults({ page, query, restricted }: { page: CandidateSearchPage | null; query: CandidateSearchQuery; restricted: boolean }) {
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="sr-only">
        Results
      </h2>
      <p role="status" className="text-slate-700">
        {summary(page, restricted)}
      </p>
      {page && page.results.length > 0 ? (
        <ol className="mt-4 space-y-3">
          {page.results.map((result) => (
            <li key={result.applicationId} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="text-lg font-semibold">
                <Link href={`/dashboard/applications/${result.applicationId}`} className="text-brand-700 hover:underline">
                  <HighlightedText fragments={result.name} />
                </Link>
              </h3>
              <p className="text-sm text-slate-600">
                <HighlightedText fragments={result.email} />
              </p>
              <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                <div className="flex gap-1">
                  <dt className="text-slate-600">Requisition:</dt>
                  <dd>{result.requisition.title}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-slate-600">Stage:</dt>
                  <dd>
                    {result.stage.name}
                    {result.withdrawn ? " (withdrawn)" : ""}
                  </dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-slate-600">Required met:</dt>
                  <dd>{result.requiredMet === null ? "not assessed yet" : `${result.requiredMet} of ${result.requiredTotal}`}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-slate-600">Applied:</dt>
                  <dd>
                    <LocalTime value={result.appliedAt} />
                  </dd>
                </div>
              </dl>
              {result.snippet ? (
                <p className="mt-2 text-sm text-slate-800">
                  …<HighlightedText fragments={result.snippet} />…
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {page && page.pageCount > 1 ? (
        <nav aria-label="Result pages" className="mt-6 flex items-center gap-6 text-sm">
          {page.page > 1 ? (
            <Link href={candidateSearchHref(query, { page: page.page - 1 })} className="text-brand-700 underline">
              Previous page
            </Link>
          ) : null}
          <span>
            Page {page.page} of {page.pageCount.toLocaleString("en")}
          </span>
          {page.page < page.pageCount ? (
            <Link href={candidateSearchHref(query, { page: page.page + 1 })} className="text-brand-700 underline">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
