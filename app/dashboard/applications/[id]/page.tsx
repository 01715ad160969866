import type { Metadata } from "next";
import Link from "next/link";
import { MoveForm } from "@/components/pipeline/move-form";
import { StageHistory } from "@/components/pipeline/stage-history";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getApplicationDetail } from "@/lib/services/pipeline";

export const metadata: Metadata = { title: "Application" };

interface Props {
  params: Promise<{ id: string }>;
}

export default async function ApplicationPage({ params }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const application = await orNotFound(getApplicationDetail(actor, id));
  return (
    <>
      <p>
        <Link href={`/dashboard/requisitions/${application.requisition.id}`} className="text-sm text-brand-700 hover:underline">
          ← {application.requisition.title}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{application.candidate.name}</h1>
      <p className="mt-1 text-slate-600">
        Current stage: <strong className="text-slate-900">{application.stage.name}</strong>
      </p>
      <div className="mt-6 grid gap-6 md:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <section aria-labelledby="contact" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="contact" className="font-semibold">
              Contact
            </h2>
            <p className="mt-2">
              <a href={`mailto:${application.candidate.email}`} className="text-brand-700 underline">
                {application.candidate.email}
              </a>
            </p>
            {application.resume ? (
              <p className="mt-2">
                <a href={`/dashboard/applications/${application.id}/resume`} className="text-brand-700 underline">
                  Download resume ({application.resume.filename}, {Math.ceil(application.resume.sizeBytes / 1024)} KB)
                </a>
              </p>
            ) : null}
          </section>
          <StageHistory events={application.events} />
        </div>
        {application.canMove ? (
          <MoveForm
            key={application.id}
            applicationId={application.id}
            version={application.version}
            currentStageId={application.stage.id}
            stages={application.stages}
          />
        ) : null}
      </div>
    </>
  );
}
