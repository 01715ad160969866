import type { Metadata } from "next";
import Link from "next/link";
import { InterviewerCalibrationTable } from "@/components/reports/interviewer-calibration-table";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getInterviewerCalibration } from "@/lib/services/reports-interviewers";

export const metadata: Metadata = { title: "Interviewer calibration" };

/** How interviewers score compared with their panels and the decisions (docs/reports.md). Admins and recruiters only. */
export default async function InterviewerCalibrationPage() {
  const actor = await requireUser();
  const rows = await orNotFound(getInterviewerCalibration(actor));
  return (
    <>
      <p>
        <Link href="/dashboard/reports" className="text-sm text-brand-700 hover:underline">
          ← Reports
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Interviewer calibration</h1>
      <p className="mt-1 max-w-3xl text-slate-600">
        Every scorecard on interviews that were not cancelled, across all requisitions. Use it to talk about calibration, not to rank people: small numbers swing widely.
      </p>
      <InterviewerCalibrationTable rows={rows} />
    </>
  );
}
