import { LocalTime } from "@/components/ui/local-time";
import type { MailboxMessage } from "@/lib/services/outbox";
import { OutboxStatusBadge } from "./outbox-status-badge";

const preClass = "mt-3 rounded border border-slate-200 bg-slate-50 p-4 font-mono text-xs whitespace-pre-wrap";

/** One email: delivery facts, the text as queued and the message as composed. All shown as plain text. */
export function MailboxMessageView({ message }: { message: MailboxMessage }) {
  return (
    <div className="mt-6 space-y-6">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 text-sm">
        <dt className="font-medium">To</dt>
        <dd className="break-all">{message.to}</dd>
        <dt className="font-medium">Status</dt>
        <dd>
          <OutboxStatusBadge status={message.status} />
        </dd>
        <dt className="font-medium">Attempts</dt>
        <dd className="tabular-nums">{message.attempts}</dd>
        <dt className="font-medium">Queued</dt>
        <dd>
          <LocalTime value={message.createdAt} />
        </dd>
        {message.sentAt ? (
          <>
            <dt className="font-medium">Sent</dt>
            <dd>
              <LocalTime value={message.sentAt} />
            </dd>
          </>
        ) : null}
        {message.nextAttemptAt ? (
          <>
            <dt className="font-medium">Next attempt</dt>
            <dd>
              <LocalTime value={message.nextAttemptAt} />
            </dd>
          </>
        ) : null}
        {message.lastError ? (
          <>
            <dt className="font-medium">Last error</dt>
            <dd className="break-words">{message.lastError}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="body">
        <h2 id="body" className="font-semibold">Text</h2>
        <pre className={`${preClass} break-words`}>{message.text}</pre>
      </section>

      {message.attachments.length > 0 ? (
        <section aria-labelledby="attachments">
          <h2 id="attachments" className="font-semibold">Attachments</h2>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {message.attachments.map((attachment, index) => (
              <li key={index}>
                <span className="break-all">{attachment.filename}</span> ({attachment.contentType}, {attachment.sizeBytes.toLocaleString("en")} bytes)
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="raw">
        <h2 id="raw" className="font-semibold">Raw message</h2>
        {message.raw ? (
          <pre className={`${preClass} break-all`}>{message.raw}</pre>
        ) : (
          <p className="mt-2 text-sm text-slate-600">Not composed yet: the worker has not tried to deliver this email.</p>
        )}
      </section>
    </div>
  );
}
