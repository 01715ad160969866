import type { Metadata } from "next";
import { MailboxTable } from "@/components/dev-mailbox/mailbox-table";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { listDevMailbox } from "@/lib/services/outbox";

export const metadata: Metadata = { title: "Dev mailbox" };

export default async function DevMailboxPage() {
  const actor = await requireUser();
  const mailbox = await orNotFound(listDevMailbox(actor, { limit: 100 }));
  const { pending, sent, dead } = mailbox.counts;
  return (
    <>
      <h1 className="text-2xl font-semibold">Dev mailbox</h1>
      <p className="mt-2 max-w-3xl text-slate-600">
        {mailbox.delivery === "dev-mailbox"
          ? "SMTP_URL is not set, so email is not sent anywhere: each message is composed and kept here instead."
          : "Email is sent through the SMTP server in SMTP_URL. This is the outbox: what was sent, what is waiting for a retry, and what gave up."}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        {pending} pending · {sent} sent · {dead} dead
        {mailbox.messages.length < pending + sent + dead ? ` — showing the newest ${mailbox.messages.length}` : ""}
      </p>
      {mailbox.messages.length === 0 ? <p className="mt-6 text-slate-600">No email has been queued yet.</p> : <MailboxTable messages={mailbox.messages} />}
    </>
  );
}
