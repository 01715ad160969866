import type { Metadata } from "next";
import { EraseCandidateForm } from "@/components/privacy/erase-candidate-form";
import { ExportCandidateButton } from "@/components/privacy/export-candidate-button";
import { LegalHoldForm } from "@/components/privacy/legal-hold-form";
import { LocalTime } from "@/components/ui/local-time";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getCandidatePrivacyStatus } from "@/lib/services/candidate-privacy";

export const metadata: Metadata = { title: "Candidate privacy" };

/** One candidate's data rights, for admins: export, legal hold, erasure (docs/privacy.md). */
export default async function CandidatePrivacyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const status = await orNotFound(getCandidatePrivacyStatus(actor, id));
  return (
    <>
      <h1 className="text-2xl font-semibold">Privacy: {status.name}</h1>
      <p className="mt-2 text-slate-700">
        {status.applicationCount} {status.applicationCount === 1 ? "application" : "applications"}
        {status.legalHold ? " · under legal hold" : ""}
      </p>
      {status.erasedAt ? (
        <p className="mt-6 rounded-md border border-slate-300 bg-slate-50 p-4">
          This candidate&apos;s data was erased on <LocalTime value={status.erasedAt} />. Their applications remain, anonymised, for the statistics.
        </p>
      ) : (
        <div className="mt-6 grid max-w-2xl gap-8">
          <section aria-labelledby="export-heading" className="space-y-2">
            <h2 id="export-heading" className="text-lg font-semibold">
              Export
            </h2>
            <p className="text-sm text-slate-600">One JSON file with everything held about this person, résumés included. Each export is recorded in the audit log.</p>
            <ExportCandidateButton candidateId={status.candidateId} />
          </section>
          <section aria-labelledby="hold-heading" className="space-y-2">
            <h2 id="hold-heading" className="text-lg font-semibold">
              Legal hold
            </h2>
            <LegalHoldForm candidateId={status.candidateId} legalHold={status.legalHold} />
          </section>
          <section aria-labelledby="erase-heading" className="space-y-2">
            <h2 id="erase-heading" className="text-lg font-semibold">
              Erasure
            </h2>
            {status.legalHold ? <p className="text-sm text-slate-700">Lift the legal hold before erasing this candidate&apos;s data.</p> : <EraseCandidateForm candidateId={status.candidateId} />}
          </section>
        </div>
      )}
    </>
  );
}
