import type { Metadata } from "next";
import Link from "next/link";
import { MentionInbox } from "@/components/inbox/mention-inbox";
import { requireUser } from "@/lib/auth/current-actor";
import { canCreateRequisitions } from "@/lib/domain/permissions";
import { listDashboardRequisitions } from "@/lib/services/requisitions";

export const metadata: Metadata = { title: "Dashboard" };

const statusLabels = { draft: "Draft", open: "Open", paused: "Paused", closed: "Closed" } as const;

export default async function DashboardPage() {
  const actor = await requireUser();
  const requisitions = await listDashboardRequisitions(actor);
  return (
    <>
      <div className="mb-8">
        <MentionInbox actor={actor} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Requisitions</h1>
        {canCreateRequisitions(actor) ? (
          <Link href="/dashboard/requisitions/new" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
            New requisition
          </Link>
        ) : null}
      </div>
      {requisitions.length === 0 ? (
        <p className="mt-6 text-slate-600">You are not on the hiring team of any requisition yet.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {requisitions.map((req) => (
            <li key={req.id} className="rounded-lg border border-slate-200 bg-white p-5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`/dashboard/requisitions/${req.id}`} className="text-brand-700 hover:underline">
                    {req.title}
                  </Link>
                </h2>
                <span className="text-sm text-slate-600">
                  {statusLabels[req.status]}
                  {req.department ? ` · ${req.department}` : ""}
                </span>
              </div>
              {req.showsApplications ? (
                <table className="mt-4 w-full text-sm">
                  <caption className="sr-only">Applications per stage for {req.title}</caption>
                  <thead>
                    <tr>
                      {req.stages.map((stage) => (
                        <th key={stage.id} scope="col" className="px-2 text-left font-medium text-slate-600">
                          {stage.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      {req.stages.map((stage) => (
                        <td key={stage.id} className="px-2 pt-1 text-lg tabular-nums">
                          {stage.count}
                        </td>
                      ))}
                    </tr>
                  </tbody>
                </table>
              ) : (
                <p className="mt-3 text-sm text-slate-600">You will see the candidates you are scheduled to interview here.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
