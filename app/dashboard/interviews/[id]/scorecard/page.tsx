import type { Metadata } from "next";
import Link from "next/link";
import { ScorecardForm } from "@/components/scorecards/scorecard-form";
import { SubmittedScorecard } from "@/components/scorecards/submitted-scorecard";
import { LocalTime } from "@/components/ui/local-time";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getScorecardPage } from "@/lib/services/scorecards";

export const metadata: Metadata = { title: "Scorecard" };

export default async function ScorecardPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const page = await orNotFound(getScorecardPage(actor, id));
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
      <div className="mt-6 max-w-3xl space-y-6">
        {page.canFill ? (
          <section aria-labelledby="own-heading">
            <h2 id="own-heading" className="mb-3 font-semibold">Your scorecard{page.own?.status === "draft" ? " (draft)" : null}</h2>
            <ScorecardForm interviewId={page.interview.id} attributes={page.attributes} own={page.own} />
          </section>
        ) : page.own ? (
          <SubmittedScorecard card={page.own} attributes={page.attributes} heading="Your scorecard" />
        ) : null}
        <section aria-labelledby="others-heading">
          <h2 id="others-heading" className="mb-3 font-semibold">Other scorecards</h2>
          {page.others === null ? (
            <p className="text-sm text-slate-600">Other interviewers&apos; scorecards stay hidden until you submit yours.</p>
          ) : page.others.length === 0 ? (
            <p className="text-sm text-slate-600">No other scorecards submitted yet.</p>
          ) : (
            <div className="space-y-4">
              {page.others.map((card) => (
                <SubmittedScorecard key={card.id} card={card} attributes={page.attributes} heading={`Scorecard by ${card.interviewerName}`} />
              ))}
            </div>
          )}
        </section>
      </div>
    </>
  );
}
