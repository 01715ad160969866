import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { OtherApplication } from "@/lib/services/application-profile";

/** The candidate's applications to other jobs — only those the viewer may open. */
export function OtherApplications({ applications }: { applications: OtherApplication[] }) {
  return (
    <section aria-labelledby="other-applications" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="other-applications" className="font-semibold">
        Other applications
      </h2>
      {applications.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">None that you can see.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {applications.map((a) => (
            <li key={a.id}>
              <Link href={`/dashboard/applications/${a.id}`} className="text-brand-700 underline">
                {a.requisitionTitle}
              </Link>{" "}
              — {a.stageName}
              {a.withdrawn ? " (withdrawn)" : ""}, applied <LocalTime value={a.appliedAt} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
