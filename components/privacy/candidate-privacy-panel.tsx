import Link from "next/link";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { findCandidatePrivacyStatus } from "@/lib/services/candidate-privacy";
import { ExportCandidateButton } from "./export-candidate-button";
import { LegalHoldForm } from "./legal-hold-form";

/**
 * The admins' privacy tools for the candidate behind one application: export, legal hold, and a
 * link to the privacy page (erasure). Renders nothing for anyone else, so a page can mount it as is:
 * <CandidatePrivacyPanel applicationId={id} />.
 */
export async function CandidatePrivacyPanel({ applicationId }: { applicationId: string }) {
  const status = await findCandidatePrivacyStatus(await getCurrentActor(), applicationId);
  if (!status || status.erasedAt) return null;
  return (
    <section aria-labelledby="candidate-privacy-heading" className="space-y-3 rounded-md border border-slate-200 p-4">
      <h2 id="candidate-privacy-heading" className="text-lg font-semibold">
        Privacy
      </h2>
      <ExportCandidateButton candidateId={status.candidateId} />
      <LegalHoldForm candidateId={status.candidateId} legalHold={status.legalHold} />
      <p className="text-sm">
        <Link href={`/dashboard/candidates/${status.candidateId}/privacy`} className="text-brand-700 hover:underline">
          Erase or review this candidate&apos;s data
        </Link>
      </p>
    </section>
  );
}
