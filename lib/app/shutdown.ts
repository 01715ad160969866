import { Server } from "node:http";
import { loggableError } from "./loggable-error";

/**
 * Graceful shutdown, as the process sees it. On SIGTERM (or SIGINT) `next start` stops accepting
 * connections and exits once the open ones are done; this module lets the app help it finish:
 * /api/health turns 503 so load balancers stop sending traffic, open live streams end (browsers
 * reconnect, to another instance), and every response from then on closes its connection, so a
 * busy keep-alive client cannot hold the process past its supervisor's grace period.
 *
 * The state lives on globalThis: the app's routes may be separate bundles.
 */

type Listener = () => void;

interface ShutdownState {
  since: number | null;
  listeners: Set<Listener>;
  watching: boolean;
}

const globalForShutdown = globalThis as unknown as { shortlistShutdown?: ShutdownState };

function state(): ShutdownState {
  globalForShutdown.shortlistShutdown ??= { since: null, listeners: new Set(), watching: false };
  return globalForShutdown.shortlistShutdown;
}

function begin(current: ShutdownState): void {
  if (current.since !== null) return;
  current.since = Date.now();
  for (const listener of current.listeners) {
    try {
      listener();
    } catch (error) {
      console.error("shutdown listener failed", loggableError(error));
    }
  }
  current.listeners.clear();
}

/**
 * Listens for the signals; called once from instrumentation.ts in the server, never on import, so
 * tests and scripts that load the app's modules keep their default signal handling. Next's own
 * handlers stay in place: they close the server and exit.
 */
export function watchForShutdown(): void {
  const current = state();
  if (current.watching) return;
  current.watching = true;
  process.once("SIGTERM", () => begin(current));
  process.once("SIGINT", () => begin(current));
  closeConnectionsWhenDraining(current);
}

/**
 * Node's server.close(), which Next calls on SIGTERM, refuses new connections and closes idle
 * ones, but a connection that is never idle (a client sending request after request) is served
 * for as long as it keeps asking. `Connection: close` on each response once draining ends those
 * after their current request. Next creates the server without exposing it, so it is found among
 * the process's handles (a stable, if undocumented, Node API); without it nothing changes.
 */
function closeConnectionsWhenDraining(current: ShutdownState): void {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  for (const handle of handles) {
    if (!(handle instanceof Server)) continue;
    handle.prependListener("request", (_request, response) => {
      if (current.since !== null && !response.headersSent) response.setHeader("Connection", "close");
    });
  }
}

export function isShuttingDown(): boolean {
  return state().since !== null;
}

/** Runs `listener` when shutdown begins (at once if it already has); returns the unsubscribe. */
export function onShutdown(listener: Listener): () => void {
  const current = state();
  if (current.since !== null) {
    listener();
    return () => undefined;
  }
  current.listeners.add(listener);
  return () => current.listeners.delete(listener);
}
