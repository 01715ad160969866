import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getRequisitionPipeline } from "@/lib/services/pipeline";

export const metadata: Metadata = { title: "Pipeline" };

interface Props {
  params: Promise<{ id: string }>;
}

export default async function RequisitionPage({ params }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const pipeline = await orNotFound(getRequisitionPipeline(actor, id));
  return (
    <>
      <p>
        <Link href="/dashboard" className="text-sm text-brand-700 hover:underline">
          ← Requisitions
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{pipeline.requisition.title}</h1>
      {pipeline.requisition.status === "open" ? (
        <p className="mt-1 text-sm">
          <Link href={`/jobs/${pipeline.requisition.slug}`} className="text-brand-700 underline">
            Public job page
          </Link>
        </p>
      ) : null}
      {pipeline.showsApplications ? (
        <div className="mt-6 flex gap-4 overflow-x-auto pb-4">
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
