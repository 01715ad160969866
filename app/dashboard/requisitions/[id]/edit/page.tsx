import type { Metadata } from "next";
import Link from "next/link";
import { RequisitionWorkspace } from "@/components/requisitions/requisition-workspace";
import { FormAlert } from "@/components/ui/form-alert";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getRequisitionForEditing } from "@/lib/services/requisition-editing";

export const metadata: Metadata = { title: "Edit requisition" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}

export default async function EditRequisitionPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const [{ id }, { notice }] = await Promise.all([params, searchParams]);
  const requisition = await orNotFound(getRequisitionForEditing(actor, id));
  return (
    <>
      <p>
        <Link href={`/dashboard/requisitions/${requisition.id}`} className="text-sm text-brand-700 hover:underline">
          ← {requisition.draft.title}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Edit requisition</h1>
      {notice === "saved" ? <FormAlert tone="success" message="Draft saved. Publish it when it is ready." /> : null}
      <RequisitionWorkspace
        requisitionId={requisition.id}
        canPublish={requisition.canChangeStatus && requisition.status === "draft"}
        initial={{ draft: requisition.draft, warnings: [], fieldErrors: {}, revision: 0 }}
      />
    </>
  );
}
