import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/ui/public-header";
import { LocalTime } from "@/components/ui/local-time";
import { WithdrawForm } from "@/components/status/withdraw-form";
import { orNotFound } from "@/lib/app/or-not-found";
import { candidateStatuses } from "@/lib/domain/candidate-status";
import { getApplicationStatus } from "@/lib/services/application-status";

// A private page: never indexed, and its address never sent to other sites as a referrer ("same-origin",
// not "no-referrer", which makes browsers send `Origin: null` on the withdraw form and fail its CSRF check).
export const metadata: Metadata = { title: "Your application", robots: { index: false, follow: false }, referrer: "same-origin" };

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ submitted?: string }>;
}

const explanations: Record<(typeof candidateStatuses)[number], string> = {
  Received: "We have your application. The hiring team will review it soon.",
  "Under review": "The hiring team is reviewing your application.",
  Interviewing: "You are in the interview process. The team will contact you about next steps.",
  Offer: "We have made you an offer. The team will be in touch about it.",
  Hired: "You accepted our offer. Welcome aboard!",
  "Not selected": "We will not be moving forward with your application this time. Thank you for your interest.",
  Withdrawn: "You withdrew this application.",
};

export default async function StatusPage({ params, searchParams }: Props) {
  const [{ token }, { submitted }] = await Promise.all([params, searchParams]);
  const view = await orNotFound(getApplicationStatus(token));
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-2xl px-6 py-12">
        {submitted ? (
          <>
            <h1 className="text-3xl font-semibold">Application received</h1>
            <p className="mt-4">
              Thank you for applying for <strong>{view.jobTitle}</strong>, {view.firstName}. This page is your private status page:
              bookmark it. We have also emailed you the link.
            </p>
          </>
        ) : (
          <h1 className="text-3xl font-semibold">Your application for {view.jobTitle}</h1>
        )}
        <section aria-labelledby="status-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="status-heading" className="text-lg font-semibold">
            Status: {view.status}
          </h2>
          <p className="mt-2">{explanations[view.status]}</p>
          <p className="mt-2 text-sm text-slate-600">
            Applied <LocalTime value={view.appliedAt} />
          </p>
          <ol className="mt-4 flex flex-wrap gap-2 text-sm" aria-label="Where your application can be">
            {candidateStatuses.map((status) => (
              <li key={status} aria-current={status === view.status ? "step" : undefined} className={status === view.status ? "rounded-full bg-brand-700 px-3 py-1 text-white" : "rounded-full bg-slate-100 px-3 py-1"}>
                {status}
              </li>
            ))}
          </ol>
        </section>
        {view.interviews.length > 0 ? (
          <section aria-labelledby="interviews-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="interviews-heading" className="text-lg font-semibold">
              Your interviews
            </h2>
            <ul className="mt-2 space-y-1">
              {view.interviews.map((interview) => (
                <li key={interview.id}>
                  <strong>{interview.title}</strong>: <time dateTime={interview.startsAt.toISOString()}>{interview.when}</time>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {view.canWithdraw ? (
          <section aria-labelledby="withdraw-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="withdraw-heading" className="text-lg font-semibold">
              Withdraw your application
            </h2>
            <p className="mb-3 mt-1 text-sm text-slate-700">If you no longer want to be considered for this job, you can withdraw.</p>
            <WithdrawForm token={token} jobTitle={view.jobTitle} />
          </section>
        ) : null}
        <p className="mt-8">
          <Link href="/jobs" className="text-brand-700 underline">
            See other open jobs
          </Link>
        </p>
      </main>
    </>
  );
}
