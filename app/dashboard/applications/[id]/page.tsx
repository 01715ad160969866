import type { Metadata } from "next";
import Link from "next/link";
import { CandidateDetails } from "@/components/applications/candidate-details";
import { EvidenceMatrix } from "@/components/applications/evidence-matrix";
import { ApplicationInterviews } from "@/components/interviews/application-interviews";
import { LiveRefresh } from "@/components/live/live-refresh";
import { OfferSection } from "@/components/offers/offer-section";
import { CandidatePrivacyPanel } from "@/components/privacy/candidate-privacy-panel";
import { MoveForm } from "@/components/pipeline/move-form";
import { RejectForm } from "@/components/profile/reject-form";
import { DuplicateCandidates } from "@/components/profile/duplicate-candidates";
import { NoteForm } from "@/components/profile/note-form";
import { OtherApplications } from "@/components/profile/other-applications";
import { StageNeighbours } from "@/components/profile/stage-neighbours";
import { TagEditor } from "@/components/profile/tag-editor";
import { Timeline } from "@/components/profile/timeline";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getApplicationProfile } from "@/lib/services/application-profile";
import { getApplicationInterviews } from "@/lib/services/interviews-queries";
import { getApplicationOffers } from "@/lib/services/offers-read";
import { getScorecardMatrix } from "@/lib/services/scorecards";
import { getApplicationTimeline } from "@/lib/services/application-timeline";
import { findDuplicateCandidates } from "@/lib/services/candidate-merge";
import { getApplicationDetail } from "@/lib/services/pipeline";
import { getRejectionEmail, listRejectionReasons } from "@/lib/services/rejections";

export const metadata: Metadata = { title: "Application" };

interface Props {
  params: Promise<{ id: string }>;
}

export default async function ApplicationPage({ params }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  // The detail authorizes first; the rest re-check the same rule, so none of them runs for an intruder.
  const application = await orNotFound(getApplicationDetail(actor, id));
  // Interviewers scheduled on the application read the candidate's materials; the team's tools
  // (timeline, notes, tags, duplicates) are for the hiring team only.
  const team = application.canMove;
  const [profile, timeline, duplicates] = await orNotFound(
    Promise.all([getApplicationProfile(actor, id), team ? getApplicationTimeline(actor, id) : null, team ? findDuplicateCandidates(actor, id) : null]),
  );
  // The hiring team (whoever may move the candidate) schedules interviews and reads every scorecard.
  // Offers (pay) are fetched only for the hiring team: an interviewer's payload never holds them.
  const [interviews, scorecardMatrix, offers, reasons] = team
    ? await orNotFound(Promise.all([getApplicationInterviews(actor, id), getScorecardMatrix(actor, id), getApplicationOffers(actor, id), listRejectionReasons(actor)]))
    : [null, null, null, null];
  const active = !application.withdrawn && application.stages.find((s) => s.id === application.stage.id)?.kind === "active";
  // A rejected application shows what became of its rejection email (and its undo while it waits).
  const rejectionEmail = team && !active ? await getRejectionEmail(actor, id) : null;
  return (
    <>
      <LiveRefresh applicationId={application.id} requisitionId={application.requisition.id} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>
          <Link href={`/dashboard/requisitions/${application.requisition.id}`} className="text-sm text-brand-700 hover:underline">
            ← {application.requisition.title}
          </Link>
        </p>
        <StageNeighbours stageName={application.stage.name} previousId={profile.neighbours.previousId} nextId={profile.neighbours.nextId} />
      </div>
      <h1 className="mt-2 text-2xl font-semibold">{application.candidate.name}</h1>
      <p className="mt-1 text-slate-600">
        Current stage: <strong className="text-slate-900">{application.stage.name}</strong>
        {application.withdrawn ? " (withdrawn by the candidate)" : null}
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[3fr_1fr]">
        <div className="min-w-0 space-y-6">
          {duplicates ? <DuplicateCandidates candidateId={profile.candidateId} duplicates={duplicates} /> : null}
          <CandidateDetails
            applicationId={application.id}
            candidate={application.candidate}
            resume={application.resume}
            resumeText={profile.resumeText}
            coverLetter={application.coverLetter}
            answers={application.evidence.answers}
          />
          <OtherApplications applications={profile.otherApplications} />
          <EvidenceMatrix evidence={application.evidence} />
          {interviews && scorecardMatrix ? (
            <ApplicationInterviews
              applicationId={application.id}
              canSchedule={interviews.canSchedule}
              team={interviews.team}
              interviews={interviews.interviews}
              matrix={scorecardMatrix.interviews}
              qualifications={application.evidence.assessments}
            />
          ) : null}
          {offers ? <OfferSection data={offers} /> : null}
          {team ? <NoteForm key={application.id} applicationId={application.id} /> : null}
          {timeline ? <Timeline applicationId={application.id} entries={timeline} /> : null}
        </div>
        <div className="space-y-6">
          {application.canMove ? (
            <MoveForm
              key={application.id}
              applicationId={application.id}
              version={application.version}
              currentStageId={application.stage.id}
              stages={application.stages}
            />
          ) : null}
          {reasons ? (
            <RejectForm
              key={application.id}
              applicationId={application.id}
              version={application.version}
              active={active}
              reasons={reasons}
              rejectionEmail={rejectionEmail ? { ...rejectionEmail, scheduledFor: rejectionEmail.scheduledFor.toISOString() } : null}
            />
          ) : null}
          {team ? <TagEditor key={application.id} applicationId={application.id} tags={profile.tags} /> : null}
          {/* Renders only for admins: export, legal hold, and the way to erasure. */}
          <CandidatePrivacyPanel applicationId={application.id} />
        </div>
      </div>
    </>
  );
}
