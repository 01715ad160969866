import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { MailboxMessageSummary } from "@/lib/services/outbox";
import { OutboxStatusBadge } from "./outbox-status-badge";

/** Every queued email, newest first. Subjects and addresses are candidate text: rendered as text only. */
export function MailboxTable({ messages }: { messages: MailboxMessageSummary[] }) {
  return (
    <table className="mt-6 w-full border-collapse text-sm">
      <caption className="sr-only">Queued and delivered email, newest first</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-2 pr-3 font-medium">Subject</th>
          <th scope="col" className="py-2 pr-3 font-medium">To</th>
          <th scope="col" className="py-2 pr-3 font-medium">Queued</th>
          <th scope="col" className="py-2 pr-3 font-medium">Status</th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">Attempts</th>
          <th scope="col" className="py-2 font-medium">Last error</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <tr key={message.id} className="border-b border-slate-200 align-top">
            <th scope="row" className="py-2 pr-3 text-left font-normal break-words">
              <Link href={`/dashboard/dev/mailbox/${message.id}`} className="text-brand-700 hover:underline">
                {message.subject}
              </Link>
              {message.attachmentCount > 0 ? (
                <span className="block text-xs text-slate-600">
                  {message.attachmentCount} {message.attachmentCount === 1 ? "attachment" : "attachments"}
                </span>
              ) : null}
            </th>
            <td className="py-2 pr-3 break-all">{message.to}</td>
            <td className="py-2 pr-3 whitespace-nowrap">
              <LocalTime value={message.createdAt} />
            </td>
            <td className="py-2 pr-3">
              <OutboxStatusBadge status={message.status} />
              {message.nextAttemptAt && message.attempts > 0 ? (
                <span className="block text-xs text-slate-600">
                  retry <LocalTime value={message.nextAttemptAt} />
                </span>
              ) : null}
            </td>
            <td className="py-2 pr-3 text-right tabular-nums">{message.attempts}</td>
            <td className="py-2 break-words text-slate-700">{message.lastError ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
