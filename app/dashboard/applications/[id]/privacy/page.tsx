import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-actor";
import { findCandidatePrivacyStatus } from "@/lib/services/candidate-privacy";

/** From an application to its candidate's privacy page (admins; anyone else gets not-found). */
export default async function ApplicationPrivacyRedirect({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const status = await findCandidatePrivacyStatus(await requireUser(), id);
  if (!status) notFound();
  redirect(`/dashboard/candidates/${status.candidateId}/privacy`);
}
