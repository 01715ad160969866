import { ratingLabel } from "@/components/scorecards/labels";
import { LocalTime } from "@/components/ui/local-time";
import type { TimelineEntry } from "@/lib/services/application-timeline";
import { NoteEditForm } from "./note-edit-form";

interface Props {
  applicationId: string;
  entries: TimelineEntry[];
}

function Entry({ entry, applicationId }: { entry: TimelineEntry; applicationId: string }) {
  switch (entry.kind) {
    case "applied":
      return <p>Applied — entered {entry.stageName}</p>;
    case "moved":
      return (
        <>
          <p>
            <strong>{entry.actorName ?? "Someone"}</strong> moved from {entry.from} to {entry.to}
          </p>
          {entry.reason ? <p className="text-slate-600">Reason: {entry.reason}</p> : null}
        </>
      );
    case "email":
      return (
        <p>
          Email sent to the candidate: <span className="italic">{entry.subject}</span>
        </p>
      );
    case "scorecard":
      return (
        <p>
          <strong>{entry.interviewerName}</strong> submitted a scorecard for {entry.interviewTitle}: {ratingLabel(entry.recommendation)}
        </p>
      );
    case "scorecard_amended":
      return (
        <>
          <p>
            <strong>{entry.amendedByName}</strong> amended {entry.byAuthor ? "their" : `${entry.interviewerName}’s`} scorecard for {entry.interviewTitle}:{" "}
            {entry.from === entry.to ? ratingLabel(entry.to) : `${ratingLabel(entry.from)} → ${ratingLabel(entry.to)}`}
          </p>
          <p className="whitespace-pre-wrap break-words text-slate-600">Reason: {entry.reason}</p>
        </>
      );
    case "note":
      return (
        <article aria-label={`Note by ${entry.authorName}`}>
          <p>
            <strong>{entry.authorName}</strong> wrote a note{entry.edited ? " (edited)" : ""}:
          </p>
          {/* Plain text: React escapes it; pre-wrap keeps the author's line breaks. */}
          <p className="mt-1 whitespace-pre-wrap break-words rounded bg-slate-50 p-2">{entry.body}</p>
          {entry.mentioned.length > 0 ? <p className="text-slate-600">Mentioned: {entry.mentioned.join(", ")}</p> : null}
          {entry.editableUntil ? <NoteEditForm applicationId={applicationId} noteId={entry.id} body={entry.body} editableUntil={entry.editableUntil} /> : null}
        </article>
      );
  }
}

/** Everything that happened to the application, newest first: the "History" the team reads before deciding. */
export function Timeline({ applicationId, entries }: Props) {
  return (
    <section aria-labelledby="history" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="history" className="font-semibold">
        History
      </h2>
      <ol className="mt-3 space-y-3 text-sm">
        {entries.map((entry) => (
          <li key={`${entry.kind}-${entry.id}`} id={entry.kind === "note" ? `note-${entry.id}` : undefined} className="scroll-mt-4">
            <Entry entry={entry} applicationId={applicationId} />
            <p className="text-slate-600">
              <LocalTime value={entry.at} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
