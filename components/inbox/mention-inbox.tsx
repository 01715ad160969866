import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { UserActor } from "@/lib/domain/actor";
import { markMentionReadAction } from "@/lib/actions/profile-actions";
import { listInbox } from "@/lib/services/inbox";

/** The signed-in user's unread @mentions, for the dashboard. A server component: it reads through the inbox service. */
export async function MentionInbox({ actor }: { actor: UserActor }) {
  const mentions = await listInbox(actor);
  return (
    <section aria-labelledby="mentions-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="mentions-heading" className="font-semibold">
        Mentions
      </h2>
      {mentions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No unread mentions.</p>
      ) : (
        <ul className="mt-3 space-y-3 text-sm">
          {mentions.map((m) => (
            <li key={m.noteId} className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p>
                  <Link href={`/dashboard/applications/${m.applicationId}#note-${m.noteId}`} className="font-medium text-brand-700 underline">
                    {m.candidateName}
                  </Link>{" "}
                  — {m.authorName}, <LocalTime value={m.at} />
                </p>
                <p className="break-words text-slate-700">{m.snippet}</p>
              </div>
              <form action={markMentionReadAction}>
                <input type="hidden" name="noteId" value={m.noteId} />
                <button type="submit" aria-label={`Mark the mention on ${m.candidateName} as read`} className="rounded-md border border-slate-400 px-2 py-1 hover:bg-slate-50">
                  Mark read
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
