import type { Metadata } from "next";
import Link from "next/link";
import { MailboxMessageView } from "@/components/dev-mailbox/mailbox-message-view";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { getDevMailboxMessage } from "@/lib/services/outbox";

export const metadata: Metadata = { title: "Email — Dev mailbox" };

interface Props {
  params: Promise<{ id: string }>;
}

export default async function DevMailboxMessagePage({ params }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const message = await orNotFound(getDevMailboxMessage(actor, id));
  return (
    <>
      <p>
        <Link href="/dashboard/dev/mailbox" className="text-sm text-brand-700 hover:underline">
          ← Dev mailbox
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold break-words">{message.subject}</h1>
      <MailboxMessageView message={message} />
    </>
  );
}
