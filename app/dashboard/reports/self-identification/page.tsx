import type { Metadata } from "next";
import { SelfIdentificationTables } from "@/components/privacy/self-identification-tables";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getSelfIdentificationReport } from "@/lib/services/self-identification-report";

export const metadata: Metadata = { title: "Self-identification report" };

/** The aggregate EEO report, admins only; each view is recorded in the audit log (docs/privacy.md). */
export default async function SelfIdentificationReportPage() {
  const actor = await requireUser();
  const report = await orNotFound(getSelfIdentificationReport(actor));
  return (
    <>
      <h1 className="text-2xl font-semibold">Self-identification report</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Voluntary answers, counted per requisition and current stage. They are never shown beside a name and never used in hiring views. Any group of fewer than five people shows
        &ldquo;Fewer than 5&rdquo;; where the stage total would let such a group be worked out by subtraction, another cell is hidden as well (&ldquo;Suppressed&rdquo;). This view is
        recorded in the audit log.
      </p>
      {report.requisitions.length === 0 ? <p className="mt-6 text-slate-600">No applications with self-identification answers yet.</p> : <SelfIdentificationTables report={report} />}
    </>
  );
}
