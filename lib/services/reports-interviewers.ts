import "server-only";
import { sql } from "drizzle-orm";
import type { Actor } from "@/lib/domain/actor";
import { calibrateInterviewers, canViewInterviewerCalibration, type InterviewerCalibration, type OwedScorecard } from "@/lib/domain/interviewer-calibration";
import type { ScorecardRecommendation } from "@/lib/domain/scorecard-types";
import { NotFoundError } from "./errors";
import { inReportSnapshot, reportRows } from "./reports-scope";

export interface InterviewerCalibrationRow extends InterviewerCalibration {
  name: string;
}

interface OwedRow {
  interviewer_id: string;
  name: string;
  application_id: string;
  ends_at: Date | string;
  submitted_at: Date | string | null;
  recommendation: ScorecardRecommendation | null;
  decision: "hired" | "rejected" | null;
}

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/**
 * Interviewer calibration across every requisition (docs/reports.md): one set-based query yields a
 * row per scorecard owed on a live interview — with the application's final decision — and
 * lib/domain/interviewer-calibration.ts does the maths. Admins and recruiters only; not-found otherwise.
 */
export async function getInterviewerCalibration(actor: Actor, now = new Date()): Promise<InterviewerCalibrationRow[]> {
  if (!canViewInterviewerCalibration(actor)) throw new NotFoundError();
  const rows = await inReportSnapshot((db) =>
    reportRows<OwedRow>(
      db,
      sql`
      with owed as (
        select si.user_id as interviewer_id, i.application_id,
          i.starts_at + make_interval(mins => i.duration_minutes) as ends_at,
          case when s.status = 'submitted' then s.submitted_at end as submitted_at,
          case when s.status = 'submitted' then s.overall_recommendation end as recommendation
        from scheduled_interviewers si
        join scheduled_interviews i on i.id = si.scheduled_interview_id and i.status = 'scheduled'
        left join scorecards s on s.scheduled_interview_id = i.id and s.interviewer_user_id = si.user_id
      ),
      -- The last move into a rejected stage says whether the team closed the application or the
      -- candidate withdrew (the same rule as the funnel's "Left" columns).
      last_closure as (
        select distinct on (e.application_id) e.application_id,
          coalesce(rr.kind = 'they_withdrew', e.actor_user_id is null) as withdrew
        from stage_events e
        join stages t on t.id = e.to_stage_id and t.kind = 'rejected'
        left join rejection_reasons rr on rr.id = e.rejection_reason_id
        where e.application_id in (select application_id from owed)
        order by e.application_id, e.created_at desc, e.id desc
      )
      select o.interviewer_id, u.name, o.application_id, o.ends_at, o.submitted_at, o.recommendation,
        case
          when st.kind = 'hired' then 'hired'
          when st.kind = 'rejected' and a.withdrawn_at is null and lc.withdrew is false then 'rejected'
        end as decision
      from owed o
      join users u on u.id = o.interviewer_id
      join applications a on a.id = o.application_id
      join stages st on st.id = a.stage_id
      left join last_closure lc on lc.application_id = o.application_id`,
    ),
  );
  const names = new Map(rows.map((r) => [r.interviewer_id, r.name]));
  const owed: OwedScorecard[] = rows.map((r) => ({
    interviewerId: r.interviewer_id,
    applicationId: r.application_id,
    interviewEndsAt: toDate(r.ends_at),
    submittedAt: r.submitted_at === null ? null : toDate(r.submitted_at),
    recommendation: r.recommendation,
    decision: r.decision,
  }));
  return calibrateInterviewers(owed, now)
    .map((figures) => ({ ...figures, name: names.get(figures.interviewerId) ?? "" }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.interviewerId.localeCompare(b.interviewerId));
}
