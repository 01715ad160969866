import type { Metadata } from "next";
import Link from "next/link";
import { CandidateDetails } from "@/components/applications/candidate-details";
import { EvidenceMatrix } from "@/components/applications/evidence-matrix";
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
        {application.withdrawn ? " (withdrawn by the candidate)" : null}
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[3fr_1fr]">
        <div className="min-w-0 space-y-6">
          <CandidateDetails
            applicationId={application.id}
            candidate={application.candidate}
            resume={application.resume}
            coverLetter={application.coverLetter}
            answers={application.evidence.answers}
          />
          <EvidenceMatrix evidence={application.evidence} />
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
