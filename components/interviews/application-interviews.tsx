import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { QualificationThread } from "@/components/scorecards/qualification-thread";
import { ScorecardMatrix } from "@/components/scorecards/scorecard-matrix";
import { requireUser } from "@/lib/auth/current-actor";
import { utcToZonedParts } from "@/lib/domain/interview-time";
import { buildQualificationThread, type ThreadQualificationInput } from "@/lib/domain/qualification-thread";
import { listSchedulablePlanInterviews } from "@/lib/services/interview-plan-scheduling";
import type { InterviewSummary } from "@/lib/services/interviews-queries";
import type { ScorecardMatrixInterview } from "@/lib/services/scorecards";
import { CancelInterviewButton } from "./cancel-interview-button";
import { RescheduleInterviewForm } from "./reschedule-interview-form";
import { ScheduleInterviewForm } from "./schedule-interview-form";

interface Props {
  applicationId: string;
  canSchedule: boolean;
  team: { id: string; name: string }[];
  interviews: InterviewSummary[];
  matrix: ScorecardMatrixInterview[];
  /** The evidence matrix's rows: the thread starts from the candidate's side of each qualification. */
  qualifications: ThreadQualificationInput[];
}

function timeZoneNames(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

/**
 * The interviews section of the application page, for the hiring team: the schedule (with reschedule
 * and cancel), the form, the scorecards. It reads the requisition's interview plan itself, through
 * the service, so the schedule form can offer the planned interviews.
 */
export async function ApplicationInterviews({ applicationId, canSchedule, team, interviews, matrix, qualifications }: Props) {
  const planned = canSchedule ? await listSchedulablePlanInterviews(await requireUser(), applicationId) : [];
  const zones = canSchedule ? timeZoneNames() : [];
  return (
    <section aria-labelledby="interviews-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="interviews-heading" className="font-semibold">
        Interviews
      </h2>
      {interviews.length === 0 ? (
        <p className="text-sm text-slate-600">No interviews yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {interviews.map((interview) => (
            <li key={interview.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
              <span>
                <strong className={interview.status === "cancelled" ? "line-through" : undefined}>{interview.title}</strong>{" "}
                <LocalTime value={interview.startsAt} /> ({interview.durationMinutes} min, {interview.timeZone}) with {interview.interviewers.map((p) => p.name).join(", ")}
                {interview.location ? ` · ${interview.location}` : null}
                {interview.status === "cancelled" ? " · cancelled" : null}
              </span>
              <span className="flex gap-3">
                <a href={`/dashboard/interviews/${interview.id}/invite.ics`} className="text-brand-700 hover:underline" aria-label={`Calendar invite for ${interview.title}`}>
                  Calendar invite
                </a>
                <Link href={`/dashboard/interviews/${interview.id}/scorecard`} className="text-brand-700 hover:underline" aria-label={`Scorecards for ${interview.title}`}>
                  Scorecards
                </Link>
              </span>
              {canSchedule && interview.status === "scheduled" ? (
                <div className="flex w-full flex-wrap items-start gap-4">
                  <RescheduleInterviewForm
                    interview={{
                      id: interview.id,
                      title: interview.title,
                      timeZone: interview.timeZone,
                      durationMinutes: interview.durationMinutes,
                      location: interview.location,
                      ...utcToZonedParts(interview.startsAt, interview.timeZone),
                    }}
                    timeZones={zones}
                  />
                  <CancelInterviewButton interviewId={interview.id} title={interview.title} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ScorecardMatrix interviews={matrix} />
      {matrix.some((i) => i.status === "scheduled") ? <QualificationThread thread={buildQualificationThread(qualifications, matrix)} /> : null}
      {canSchedule ? <ScheduleInterviewForm applicationId={applicationId} team={team} timeZones={zones} planned={planned} /> : null}
    </section>
  );
}
