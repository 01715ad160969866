import type { Metadata } from "next";
import Link from "next/link";
import { StatusControls } from "@/components/requisitions/status-controls";
import { LocalTime } from "@/components/ui/local-time";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getRequisitionPipeline } from "@/lib/services/pipeline";

export const metadata: Metadata = { title: "Pipeline" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string; sort?: string }>;
}

const statusLabels = { draft: "Draft", open: "Open", paused: "Paused", closed: "Closed" } as const;
const notices: Record<string, string> = { published: "Published: the job is live on the careers site.", saved: "Changes saved." };

export default async function RequisitionPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const [{ id }, { notice, sort }] = await Promise.all([params, searchParams]);
  const sortBy = sort === "required-met" ? "required-met" : "time-in-stage";
  const pipeline = await orNotFound(getRequisitionPipeline(actor, id, sortBy));
  const totals = pipeline.qualificationTotals;
  return (
    <>
      <p>
        <Link href="/dashboard" className="text-sm text-brand-700 hover:underline">
          ← Requisitions
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">{pipeline.requisition.title}</h1>
        <span className="rounded-full bg-slate-200 px-3 py-0.5 text-sm">{statusLabels[pipeline.requisition.status]}</span>
      </div>
      {notice && notices[notice] ? (
        <p role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-800">
          {notices[notice]}
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        {pipeline.requisition.status === "open" ? (
          <Link href={`/jobs/${pipeline.requisition.slug}`} className="text-brand-700 underline">
            Public job page
          </Link>
        ) : null}
        {pipeline.canEdit ? (
          <Link href={`/dashboard/requisitions/${pipeline.requisition.id}/edit`} className="text-brand-700 underline">
            Edit posting
          </Link>
        ) : null}
        {pipeline.canChangeStatus ? (
          <Link href={`/dashboard/requisitions/${pipeline.requisition.id}/settings`} className="text-brand-700 underline">
            Team and stages
          </Link>
        ) : null}
      </p>
      {pipeline.canChangeStatus ? (
        <div className="mt-4">
          <StatusControls requisitionId={pipeline.requisition.id} status={pipeline.requisition.status} />
        </div>
      ) : null}
      {pipeline.showsApplications ? (
        <form method="get" className="mt-6 flex items-end gap-2">
          <div>
            <label htmlFor="sort" className="block text-sm font-medium">
              Sort cards by
            </label>
            <select id="sort" name="sort" defaultValue={sortBy} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-1.5">
              <option value="time-in-stage">Longest in stage first</option>
              <option value="required-met">Required qualifications met</option>
            </select>
          </div>
          <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100">
            Sort
          </button>
        </form>
      ) : null}
      {pipeline.showsApplications ? (
        <div className="mt-4 flex gap-4 overflow-x-auto pb-4">
          {pipeline.stages.map((stage) => (
            <section key={stage.id} aria-labelledby={`stage-${stage.id}`} className="w-64 shrink-0 rounded-lg bg-slate-100 p-3">
              <h2 id={`stage-${stage.id}`} className="flex justify-between font-semibold">
                <span>{stage.name}</span>
                <span className="tabular-nums text-slate-600" aria-label={`${stage.applications.length} applications`}>
                  {stage.applications.length}
                </span>
              </h2>
              <ul className="mt-3 space-y-2">
                {stage.applications.map((card) => (
                  <li key={card.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm shadow-sm">
                    <Link href={`/dashboard/applications/${card.id}`} className="font-medium text-brand-700 hover:underline">
                      {card.candidateName}
                    </Link>
                    <p className="mt-1 text-slate-700">
                      Required {card.requiredMet ?? "—"}/{totals.required} · Preferred {card.preferredMet ?? "—"}/{totals.preferred}
                    </p>
                    {card.knockoutFlags > 0 ? <p className="mt-1 text-xs font-semibold text-red-800">{card.knockoutFlags} knockout flag{card.knockoutFlags === 1 ? "" : "s"}</p> : null}
                    {card.withdrawn ? <p className="mt-1 text-xs text-slate-600">Withdrawn</p> : null}
                    <p className="mt-1 text-slate-600">
                      Applied <LocalTime value={card.appliedAt} />
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : (
        <p className="mt-6 text-slate-600">You will see the candidates you are scheduled to interview here.</p>
      )}
    </>
  );
}
