import { failureCode, submitApplication, type ApplyForm } from "./apply-client";
import { moveCard, type BoardAccess } from "./board-client";

/**
 * Mixed traffic as a hiring team and candidates make it: public job pages, applications, board
 * views and moves. Each client owns its own cards, so a "stale" move means someone else moved it.
 */
export type RequestKind = "job" | "apply" | "board" | "move";

export interface Sample {
  kind: RequestKind;
  origin: string;
  /** ms since the traffic started. */
  at: number;
  ms: number;
  status: number;
  /** The answer a user would call success: 200 pages, an acknowledged application, a made move. */
  ok: boolean;
  outcome: string;
  email?: string;
  detail?: string;
}

export interface Card {
  id: string;
  stageId: string;
  version: number;
}

export interface TrafficOptions {
  origins: string[];
  form: ApplyForm;
  board: BoardAccess;
  /** Cards dealt round-robin to the clients for their moves. */
  cards: Card[];
  clients: number;
  runId: string;
  /** Repeated by each client in order (offset by its number). */
  mix?: RequestKind[];
  timeoutMs?: number;
  /** The X-Forwarded-For of the n-th application, for drills that run with a low per-IP limit. */
  ipFor?: (n: number) => string;
}

const DEFAULT_MIX: RequestKind[] = ["job", "apply", "board", "job", "move", "job", "board", "apply", "job", "move"];
export const JOB_PATH = "/jobs/backend-software-engineer";

export interface Traffic {
  samples: Sample[];
  stop(): void;
  done: Promise<void>;
}

export function startTraffic(options: TrafficOptions): Traffic {
  const samples: Sample[] = [];
  const mix = options.mix ?? DEFAULT_MIX;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const started = performance.now();
  let stopped = false;
  let sequence = 0;
  let requestNumber = 0;

  const page = async (origin: string, path: string, cookie?: string) => {
    const t0 = performance.now();
    try {
      const response = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - t0, ok: response.status === 200, outcome: String(response.status) };
    } catch (error) {
      return { status: 0, ms: performance.now() - t0, ok: false, outcome: "no answer", detail: failureCode(error) };
    }
  };

  const client = async (index: number) => {
    const cards = options.cards.filter((_, i) => i % options.clients === index);
    for (let step = index; !stopped; step++) {
      const kind = mix[step % mix.length]!;
      const origin = options.origins[requestNumber++ % options.origins.length]!;
      const at = performance.now() - started;
      if (kind === "job") {
        samples.push({ kind, origin, at, ...(await page(origin, JOB_PATH)) });
      } else if (kind === "board") {
        samples.push({ kind, origin, at, ...(await page(origin, options.board.boardPath, options.board.cookie)) });
      } else if (kind === "apply") {
        const n = sequence++;
        const email = `drill-${options.runId}-${n}@example.org`;
        const r = await submitApplication(origin, options.form, { email, timeoutMs, ip: options.ipFor?.(n) });
        samples.push({ kind, origin, at, ms: r.ms, status: r.status, ok: r.outcome === "created", outcome: r.status === 0 ? "no answer" : r.outcome, email, detail: r.detail });
      } else {
        const card = cards[step % Math.max(cards.length, 1)];
        if (!card) continue;
        // Back and forth between the first two stages, so a card never runs out of moves.
        const toStageId = card.stageId === options.board.stageIds[0] ? options.board.stageIds[1]! : options.board.stageIds[0]!;
        const r = await moveCard(origin, options.board, { applicationId: card.id, toStageId, expectedVersion: card.version });
        if (r.outcome === "moved") {
          card.stageId = toStageId;
          card.version += 1;
        }
        samples.push({ kind, origin, at, ms: r.ms, status: r.status, ok: r.outcome === "moved", outcome: r.status === 0 ? "no answer" : r.outcome, detail: r.detail });
      }
    }
  };

  const done = Promise.all(Array.from({ length: options.clients }, (_, i) => client(i))).then(() => undefined);
  return {
    samples,
    stop() {
      stopped = true;
    },
    done,
  };
}

/** "kind: n ok / n total" lines, with the outcomes that were not ok. */
export function describeSamples(samples: readonly Sample[]): string[] {
  const kinds: RequestKind[] = ["job", "apply", "board", "move"];
  return kinds.map((kind) => {
    const mine = samples.filter((s) => s.kind === kind);
    const bad = new Map<string, number>();
    for (const s of mine) if (!s.ok) bad.set(s.outcome, (bad.get(s.outcome) ?? 0) + 1);
    const badText = [...bad].map(([k, v]) => `${v}× ${k}`).join(", ");
    return `${kind}: ${mine.length - [...bad.values()].reduce((a, b) => a + b, 0)}/${mine.length} ok${badText ? ` (${badText})` : ""}`;
  });
}
