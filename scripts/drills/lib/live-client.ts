import type { BoardAccess } from "./board-client";

/** A board's live stream (/api/live, Server-Sent Events) as the browser's EventSource reads it. */
export interface LiveEvent {
  at: number;
  kind: string;
  applicationId: string | null;
}

export interface LiveStream {
  events: LiveEvent[];
  /** Resolves once the server has accepted the stream. */
  ready: Promise<void>;
  /** Resolves with performance.now() when the server ends (or cuts) the stream. */
  ended: Promise<number>;
  close(): void;
}

export function openLiveStream(origin: string, board: BoardAccess): LiveStream {
  const events: LiveEvent[] = [];
  const controller = new AbortController();
  let markReady = () => {};
  let fail: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    fail = reject;
  });
  const ended = (async () => {
    try {
      const response = await fetch(`${origin}/api/live?requisitionId=${board.requisitionId}`, { headers: { cookie: board.cookie }, signal: controller.signal });
      if (!response.ok || !response.body) throw new Error(`the live stream answered ${response.status}`);
      markReady();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!/^event: change$/m.test(block) || !data) continue;
          const parsed = JSON.parse(data) as { kind: string; applicationId: string | null };
          events.push({ at: performance.now(), kind: parsed.kind, applicationId: parsed.applicationId });
        }
      }
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
    }
    return performance.now();
  })();
  return { events, ready, ended, close: () => controller.abort() };
}
