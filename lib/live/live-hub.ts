import "server-only";
import postgres, { type Sql } from "postgres";
import { z } from "zod";
import { reconnectBackoff } from "@/db/client";
import { loggableError } from "@/lib/app/loggable-error";
import { LIVE_CHANNEL, type LiveChange } from "@/lib/services/live-events";

/** What a subscriber receives: a change, or "resync" after the hub reconnected and may have missed some. */
export type LiveSignal = { type: "change"; change: LiveChange } | { type: "resync" };
export type LiveListener = (signal: LiveSignal) => void;

export interface LiveFilter {
  requisitionId: string;
  /** When set, only changes to this application (a profile page); otherwise the whole requisition. */
  applicationId?: string;
}

interface Hub {
  url: string;
  sql: Sql;
  ready: Promise<void>;
  subscribers: Map<LiveListener, LiveFilter>;
}

// One LISTEN connection per process, however many browsers are watching: each open board is an
// entry in `subscribers`, not a database connection. Cached on globalThis like the pool, so dev
// reloads do not pile up listeners.
const globalForHub = globalThis as unknown as { shortlistLiveHub?: Hub };

const changeSchema = z.object({
  kind: z.enum(["application.moved", "application.created", "application.updated", "note.added", "scorecard.submitted"]),
  requisitionId: z.uuid(),
  applicationId: z.uuid().optional(),
});

function matches(filter: LiveFilter, change: LiveChange): boolean {
  if (filter.requisitionId !== change.requisitionId) return false;
  return !filter.applicationId || filter.applicationId === change.applicationId;
}

function broadcast(hub: Hub, deliver: (listener: LiveListener, filter: LiveFilter) => void): void {
  for (const [listener, filter] of hub.subscribers) {
    try {
      deliver(listener, filter);
    } catch (error) {
      // One broken stream must not starve the others.
      console.error("live subscriber failed", loggableError(error));
    }
  }
}

function start(url: string): Hub {
  // A client of its own (postgres.js gives LISTEN a dedicated connection and re-issues it after a
  // reconnect), so ending the query pool in tests or a busy pool never silences live updates.
  const sql = postgres(url, { max: 1, connect_timeout: 5, backoff: reconnectBackoff, onnotice: () => undefined });
  const hub: Hub = { url, sql, subscribers: new Map(), ready: Promise.resolve() };
  let listens = 0;
  hub.ready = sql
    .listen(
      LIVE_CHANNEL,
      (payload) => {
        let parsed: ReturnType<typeof changeSchema.safeParse>;
        try {
          parsed = changeSchema.safeParse(JSON.parse(payload));
        } catch {
          return;
        }
        if (!parsed.success) return;
        const change = parsed.data;
        broadcast(hub, (listener, filter) => {
          if (matches(filter, change)) listener({ type: "change", change });
        });
      },
      () => {
        // Called on the first LISTEN and again after each reconnect: whatever was published while
        // the connection was down is lost, so every open view re-reads.
        listens += 1;
        if (listens > 1) broadcast(hub, (listener) => listener({ type: "resync" }));
      },
    )
    .then(() => undefined);
  hub.ready.catch(() => {
    if (globalForHub.shortlistLiveHub === hub) globalForHub.shortlistLiveHub = undefined;
  });
  return hub;
}

function hubFor(): Hub {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  const cached = globalForHub.shortlistLiveHub;
  if (cached && cached.url === url) return cached;
  if (cached) void cached.sql.end({ timeout: 1 });
  const hub = start(url);
  globalForHub.shortlistLiveHub = hub;
  return hub;
}

/**
 * Subscribes to changes matching the filter; resolves once this process is LISTENing, so nothing
 * committed after the promise resolves is missed. Returns the unsubscribe function. The caller has
 * already authorized the filter (lib/services/live-subscriptions.ts).
 */
export async function subscribeLive(filter: LiveFilter, listener: LiveListener): Promise<() => void> {
  const hub = hubFor();
  await hub.ready;
  hub.subscribers.set(listener, filter);
  return () => {
    hub.subscribers.delete(listener);
  };
}

/**
 * Every NOTIFY on `channel` (another of the process's uses of PostgreSQL's notifications, on the
 * same connection), and `onResync` after a reconnect, when some may have been missed. Resolves once
 * LISTENing: nothing committed after that is missed.
 */
export async function listenToChannel(channel: string, onMessage: (payload: string) => void, onResync: () => void): Promise<void> {
  const hub = hubFor();
  await hub.ready;
  let listens = 0;
  await hub.sql.listen(channel, onMessage, () => {
    listens += 1;
    if (listens > 1) onResync();
  });
}

export function liveSubscriberCount(): number {
  return globalForHub.shortlistLiveHub?.subscribers.size ?? 0;
}

/** For tests and shutdown. */
export async function stopLiveHub(): Promise<void> {
  const hub = globalForHub.shortlistLiveHub;
  globalForHub.shortlistLiveHub = undefined;
  await hub?.sql.end({ timeout: 1 });
}
