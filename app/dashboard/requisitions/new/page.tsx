import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RequisitionWorkspace } from "@/components/requisitions/requisition-workspace";
import { requireUser } from "@/lib/auth/current-actor";
import { canChangeRequisitionStatus, canCreateRequisitions } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "New requisition" };

export default async function NewRequisitionPage() {
  const actor = await requireUser();
  if (!canCreateRequisitions(actor)) notFound();
  return (
    <>
      <p>
        <Link href="/dashboard" className="text-sm text-brand-700 hover:underline">
          ← Requisitions
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">New requisition</h1>
      <p className="mt-1 text-slate-600">Paste a job posting. Shortlist reads it into a requisition for you to check, fix and publish.</p>
      <RequisitionWorkspace initial={{ draft: null, warnings: [], fieldErrors: {}, revision: 0 }} canPublish={canChangeRequisitionStatus(actor)} />
    </>
  );
}
