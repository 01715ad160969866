import type { Metadata } from "next";
import { CandidateSearchForm } from "@/components/search/candidate-search-form";
import { CandidateSearchResults } from "@/components/search/candidate-search-results";
import { requireUser } from "@/lib/auth/current-actor";
import { hasSearchCriteria, parseCandidateSearchParams } from "@/lib/domain/search-query";
import { getCandidateSearchOptions, searchCandidates } from "@/lib/services/candidate-search";

export const metadata: Metadata = { title: "Candidates" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Full-text candidate search with filters; the URL holds the whole query (docs/search.md). */
export default async function CandidatesPage({ searchParams }: Props) {
  const actor = await requireUser();
  const [params, options] = await Promise.all([searchParams, getCandidateSearchOptions(actor)]);
  const query = parseCandidateSearchParams(params, options);
  const page = hasSearchCriteria(query) ? await searchCandidates(actor, query) : null;
  return (
    <>
      <h1 className="text-2xl font-semibold">Candidates</h1>
      <CandidateSearchForm query={query} options={options} />
      <CandidateSearchResults page={page} query={query} restricted={options.requisitions.length === 0} />
    </>
  );
}
