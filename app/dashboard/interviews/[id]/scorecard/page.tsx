import type { Metadata } from "next";
import Link from "next/link";
import { AmendScorecardForm } from "@/components/scorecards/amend-scorecard-form";
import { ScorecardForm } from "@/components/scorecards/scorecard-form";
import { SubmittedScorecard } from "@/components/scorecards/submitted-scorecard";
import { LocalTime } from "@/components/ui/local-time";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getScorecardPage, type ScorecardView } from "@/lib/services/scorecards";

export const metadata: Metadata = { title: "Scorecard" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ScorecardPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const page = await orNotFound(getScorecardPage(actor, id));
  const path = `/dashboard/interviews/${page.interview.id}/scorecard`;
  // ?amend=<scorecard id> opens the amendment form, a plain link so it works without JavaScript;
  // an id the viewer may not amend is ignored (the service refuses it anyway).
  const amending = typeof query.amend === "string" && page.amendableIds.includes(query.amend) ? query.amend : null;
  const amendHref = (card: ScorecardView) => (page.amendableIds.includes(card.id) ? `${path}?amend=${card.id}` : undefined);
  const show = (card: ScorecardView, heading: string) =>
    card.id === amending ? (
      <section key={card.id} aria-labelledby="amend-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h3 id="amend-heading" className="mb-3 font-semibold">
          Amend {heading.charAt(0).toLowerCase() + heading.slice(1)}
        </h3>
        <AmendScorecardForm card={card} attributes={page.attributes} cancelHref={path} />
      </section>
    ) : (
      <SubmittedScorecard key={card.id} card={card} attributes={page.attributes} heading={heading} amendHref={amendHref(card)} />
    );
  return (
    <>
      <p>
        <Link href={`/dashboard/applications/${page.interview.applicationId}`} className="text-sm text-brand-700 hover:underline">
          ← {page.candidateName}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">
        {page.interview.title}: {page.candidateName}
      </h1>
      <p className="mt-1 text-slate-600">
        {page.jobTitle} · <LocalTime value={page.interview.startsAt} /> · {page.interview.durationMinutes} minutes
        {page.interview.status === "cancelled" ? " · cancelled" : null}
      </p>
      {query.amended === "1" ? (
        <p role="status" className="mt-4 max-w-3xl rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-800">
          Scorecard amended. The hiring team sees the reason with it.
        </p>
      ) : null}
      <div className="mt-6 max-w-3xl space-y-6">
        {page.canFill ? (
          <section aria-labelledby="own-heading">
            <h2 id="own-heading" className="mb-3 font-semibold">
              Your scorecard{page.own?.status === "draft" ? " (draft)" : null}
            </h2>
            <ScorecardForm interviewId={page.interview.id} attributes={page.attributes} own={page.own} />
          </section>
        ) : page.own ? (
          show(page.own, "Your scorecard")
        ) : null}
        <section aria-labelledby="others-heading">
          <h2 id="others-heading" className="mb-3 font-semibold">
            Other scorecards
          </h2>
          {page.others === null ? (
            <p className="text-sm text-slate-600">Other interviewers&apos; scorecards stay hidden until you submit yours.</p>
          ) : page.others.length === 0 ? (
            <p className="text-sm text-slate-600">No other scorecards submitted yet.</p>
          ) : (
            <div className="space-y-4">{page.others.map((card) => show(card, `Scorecard by ${card.interviewerName}`))}</div>
          )}
        </section>
      </div>
    </>
  );
}
