import type { Metadata } from "next";
import Link from "next/link";
import { RejectRemainingForm } from "@/components/offers/reject-remaining-form";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { listRemainingCandidates } from "@/lib/services/filled-requisition";
import { listRejectionReasons } from "@/lib/services/rejections";

export const metadata: Metadata = { title: "Remaining candidates" };

/** After the requisition is filled: the candidates still in the process, to reject with a reason. */
export default async function RemainingCandidatesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const remaining = await orNotFound(listRemainingCandidates(actor, id));
  const reasons = await listRejectionReasons(actor);
  const { requisition } = remaining;
  const filled = requisition.status === "closed" && requisition.closeReason === "filled";
  return (
    <>
      <p>
        <Link href={`/dashboard/requisitions/${requisition.id}`} className="text-sm text-brand-700 hover:underline">
          ← {requisition.title}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Remaining candidates</h1>
      <p className="mt-1 text-slate-700">
        {filled
          ? `This requisition is filled (${requisition.headcount} ${requisition.headcount === 1 ? "hire" : "hires"}). Let the candidates still in the process know.`
          : "This requisition is not filled yet. These candidates are still in the process."}
      </p>
      <section aria-labelledby="remaining-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="remaining-heading" className="text-lg font-semibold">
          Still in the process
        </h2>
        {remaining.candidates.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Nobody is left in the process.</p>
        ) : (
          <div className="mt-3">
            <RejectRemainingForm candidates={remaining.candidates} reasons={reasons} />
          </div>
        )}
      </section>
    </>
  );
}
