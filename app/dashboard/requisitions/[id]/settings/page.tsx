import type { Metadata } from "next";
import Link from "next/link";
import { HeadcountForm } from "@/components/requisitions/headcount-form";
import { HiringTeamForm } from "@/components/requisitions/hiring-team-form";
import { QuestionEditor } from "@/components/requisitions/question-editor";
import { StageListEditor } from "@/components/requisitions/stage-list-editor";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getRequisitionHeadcount } from "@/lib/services/requisition-headcount";
import { listRequisitionQuestions } from "@/lib/services/requisition-questions";
import { getRequisitionSetup } from "@/lib/services/requisition-setup";

export const metadata: Metadata = { title: "Team, questions and stages" };

export default async function RequisitionSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const [setup, questions, headcount] = await orNotFound(Promise.all([getRequisitionSetup(actor, id), listRequisitionQuestions(actor, id), getRequisitionHeadcount(actor, id)]));
  return (
    <>
      <p>
        <Link href={`/dashboard/requisitions/${setup.requisition.id}`} className="text-sm text-brand-700 hover:underline">
          ← {setup.requisition.title}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Team and stages</h1>
      <section aria-labelledby="team-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="team-heading" className="text-lg font-semibold">
          Hiring team
        </h2>
        <p className="mb-4 text-sm text-slate-600">Hiring managers and recruiters see every application; interviewers see the ones they interview.</p>
        <HiringTeamForm requisitionId={setup.requisition.id} team={setup.team} eligible={setup.eligible} />
      </section>
      <section aria-labelledby="headcount-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="headcount-heading" className="text-lg font-semibold">
          Headcount
        </h2>
        <p className="mb-4 text-sm text-slate-600">When this many candidates have accepted an offer, the requisition closes as filled.</p>
        <HeadcountForm requisitionId={setup.requisition.id} headcount={headcount} />
      </section>
      <section aria-labelledby="questions-heading" className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-5">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Application questions
        </h2>
        <p className="mb-4 text-sm text-slate-600">Questions added here appear on the public apply form after the qualifications.</p>
        <QuestionEditor requisitionId={setup.requisition.id} questions={questions} />
      </section>
      <section aria-labelledby="stages-heading" className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-5">
        <h2 id="stages-heading" className="text-lg font-semibold">
          Stages
        </h2>
        <p className="mb-4 text-sm text-slate-600">Only empty stages can be removed. Hired and Rejected always come last.</p>
        <StageListEditor requisitionId={setup.requisition.id} stages={setup.stages} />
      </section>
    </>
  );
}
