import { onShutdown } from "@/lib/app/shutdown";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { subscribeLive, type LiveSignal } from "@/lib/live/live-hub";
import { NotFoundError } from "@/lib/services/errors";
import { authorizeLiveSubscription } from "@/lib/services/live-subscriptions";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events: "something changed" for one requisition (`?requisitionId=`) or application
 * (`?applicationId=`). Only ids and kinds travel here; the page re-reads what changed through the
 * services, which check the viewer again.
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  const params = new URL(request.url).searchParams;
  let filter;
  try {
    filter = await authorizeLiveSubscription(actor, {
      requisitionId: params.get("requisitionId") ?? undefined,
      applicationId: params.get("applicationId") ?? undefined,
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const onSignal = (signal: LiveSignal) => {
        const data = signal.type === "change" ? { kind: signal.change.kind, applicationId: signal.change.applicationId ?? null } : { kind: "resync" };
        send(`event: change\ndata: ${JSON.stringify(data)}\n\n`);
      };
      const unsubscribe = await subscribeLive(filter, onSignal);
      // Comments keep proxies and load balancers from closing an idle stream.
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      // A server shutting down ends its streams, or they would hold it open; browsers reconnect.
      const stopWatchingShutdown = onShutdown(() => cleanup());
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        stopWatchingShutdown();
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      if (request.signal.aborted) cleanup();
      request.signal.addEventListener("abort", cleanup, { once: true });
      // The browser reconnects after this many milliseconds if the stream drops.
      send("retry: 2000\n: connected\n\n");
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: compression would buffer the stream and hold events back.
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
