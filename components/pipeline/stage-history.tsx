import { LocalTime } from "@/components/ui/local-time";

interface StageEventView {
  id: string;
  at: Date;
  from: string | null;
  to: string;
  actorName: string | null;
  reason: string | null;
}

/** Newest first: who moved the application, from where to where, and when. */
export function StageHistory({ events }: { events: StageEventView[] }) {
  return (
    <section aria-labelledby="history" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="history" className="font-semibold">
        History
      </h2>
      <ol className="mt-3 space-y-3 text-sm">
        {events.map((event) => (
          <li key={event.id}>
            <p>
              {event.from ? (
                <>
                  <strong>{event.actorName ?? "Someone"}</strong> moved from {event.from} to {event.to}
                </>
              ) : (
                <>Applied — entered {event.to}</>
              )}
            </p>
            {event.reason ? <p className="text-slate-600">Reason: {event.reason}</p> : null}
            <p className="text-slate-600">
              <LocalTime value={event.at} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
