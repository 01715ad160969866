import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { Actor, UserActor } from "@/lib/domain/actor";
import { LIVE_CHANNEL } from "@/lib/services/live-events";
import { liveSubscriberCount, stopLiveHub } from "./live-hub";

// The route finds the actor from the session cookie; here the test says who is asking.
const current = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => current.actor }));

const { GET } = await import("@/app/api/live/route");

withTestDatabase();

let manager: UserActor;
let outsider: UserActor;

beforeAll(async () => {
  [manager, outsider] = await Promise.all([createTestUser("hiring_manager"), createTestUser("hiring_manager")]);
});
afterAll(() => stopLiveHub());

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp, timeoutMs = 3000): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(text)) {
    const next = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), Math.max(0, deadline - Date.now())))]);
    if (!next || next.done) break;
    text += decoder.decode(next.value, { stream: true });
  }
  return text;
}

describe("GET /api/live", () => {
  it("answers 404 before streaming to someone who may not see the requisition", async () => {
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    for (const actor of [outsider, { kind: "anonymous" } as Actor]) {
      current.actor = actor;
      const response = await GET(new Request(`http://test/api/live?requisitionId=${req.id}`));
      expect(response.status).toBe(404);
    }
  });

  it("streams ids and kinds only, and unsubscribes when the browser goes away", async () => {
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    const applicationId = await applyToTestRequisition(req.slug, { contact: { firstName: "Ada", lastName: "Secretname", email: uniqueEmail() } });
    current.actor = manager;
    const abort = new AbortController();
    const response = await GET(new Request(`http://test/api/live?requisitionId=${req.id}`, { signal: abort.signal }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    expect(await readUntil(reader, /: connected/)).toMatch(/^retry: \d+/);
    const before = liveSubscriberCount();

    const publisher = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
    await publisher`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ kind: "note.added", requisitionId: req.id, applicationId })})`;
    await publisher.end();
    const text = await readUntil(reader, /note\.added/);
    expect(text).toContain(`event: change\ndata: {"kind":"note.added","applicationId":"${applicationId}"}`);
    expect(text).not.toContain("Secretname");

    abort.abort();
    expect(liveSubscriberCount()).toBe(before - 1);
  });
});
