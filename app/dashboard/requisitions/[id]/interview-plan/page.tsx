import type { Metadata } from "next";
import Link from "next/link";
import { CoverageNotice } from "@/components/interview-plan/coverage-notice";
import { GeneratePlanButton } from "@/components/interview-plan/generate-plan-button";
import { PlanInterviewForm } from "@/components/interview-plan/plan-interview-form";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getInterviewPlan } from "@/lib/services/interview-plan";

export const metadata: Metadata = { title: "Interview plan" };

export default async function InterviewPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const plan = await orNotFound(getInterviewPlan(actor, id));
  const empty = plan.stages.every((s) => s.interviews.length === 0);
  // New interviews most often join the last stage that already holds some (the onsite).
  const lastPlannedStageId = plan.stages.filter((s) => s.interviews.length > 0).at(-1)?.id;
  return (
    <>
      <p>
        <Link href={`/dashboard/requisitions/${plan.requisition.id}`} className="text-sm text-brand-700 hover:underline">
          ← {plan.requisition.title}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Interview plan</h1>
      <p className="mt-1 max-w-3xl text-slate-600">
        The interviews each stage holds. Each one&apos;s focus attributes become the scorecard its interviewers fill in when it is scheduled.
      </p>
      <div className="mt-4">
        <CoverageNotice uncovered={plan.uncovered} />
      </div>
      {empty ? (
        <div className="mt-4">
          <GeneratePlanButton requisitionId={plan.requisition.id} />
        </div>
      ) : null}
      {plan.stages
        .filter((stage) => stage.interviews.length > 0)
        .map((stage) => (
          <section key={stage.id} aria-labelledby={`stage-${stage.id}`} className="mt-6 space-y-4">
            <h2 id={`stage-${stage.id}`} className="text-lg font-semibold">
              {stage.name}
            </h2>
            {stage.interviews.map((interview, index) => (
              <article key={interview.id} aria-labelledby={`interview-${interview.id}`} className="rounded-lg border border-slate-200 bg-white p-5">
                <h3 id={`interview-${interview.id}`} className="mb-3 font-semibold">
                  {interview.name}
                </h3>
                <PlanInterviewForm
                  requisitionId={plan.requisition.id}
                  qualifications={plan.qualifications}
                  interview={interview}
                  isFirst={index === 0}
                  isLast={index === stage.interviews.length - 1}
                />
              </article>
            ))}
          </section>
        ))}
      {plan.stages.length > 0 ? (
        <section aria-labelledby="add-interview-heading" className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-5">
          <h2 id="add-interview-heading" className="mb-3 text-lg font-semibold">
            Add an interview
          </h2>
          <PlanInterviewForm requisitionId={plan.requisition.id} qualifications={plan.qualifications} stages={plan.stages.map(({ id: stageId, name }) => ({ id: stageId, name }))}
            defaultStageId={lastPlannedStageId}
          />
        </section>
      ) : (
        <p className="mt-6 text-slate-600">This requisition has no active stages to hold interviews.</p>
      )}
    </>
  );
}
