import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { requireUser } from "@/lib/auth/current-actor";
import { listMyInterviews, type MyInterview } from "@/lib/services/interviews-queries";

export const metadata: Metadata = { title: "My interviews" };

function InterviewList({ items, empty }: { items: MyInterview[]; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {items.map((item) => (
        <li key={item.id} className={`flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm ${item.state === "overdue" ? "bg-red-50" : ""}`}>
          <span>
            <strong>{item.title}</strong> with {item.candidateName} · {item.jobTitle} · <LocalTime value={item.startsAt} />
            {item.location ? ` · ${item.location}` : null}
            {item.state === "overdue" ? <strong className="ml-2 text-red-800">Scorecard overdue</strong> : null}
            {item.state === "due" ? <span className="ml-2 text-amber-800">Scorecard due</span> : null}
          </span>
          <Link href={`/dashboard/interviews/${item.id}/scorecard`} className="text-brand-700 hover:underline" aria-label={`Scorecard for ${item.title} with ${item.candidateName}`}>
            Scorecard
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default async function MyInterviewsPage() {
  const actor = await requireUser();
  const { upcoming, scorecardsDue } = await listMyInterviews(actor);
  return (
    <>
      <h1 className="text-2xl font-semibold">My interviews</h1>
      <section aria-labelledby="due-heading" className="mt-6">
        <h2 id="due-heading" className="mb-2 font-semibold">Scorecards due</h2>
        <InterviewList items={scorecardsDue} empty="No scorecards due." />
      </section>
      <section aria-labelledby="upcoming-heading" className="mt-6">
        <h2 id="upcoming-heading" className="mb-2 font-semibold">Upcoming</h2>
        <InterviewList items={upcoming} empty="No upcoming interviews." />
      </section>
    </>
  );
}
