import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { stopLiveHub } from "@/lib/live/live-hub";
import { listAppRoutes, repoRoot } from "./app-inventory";
import { actors, policies, routeRowKey, routeRows, type ActorKey, type Outcome, type RouteRow } from "./matrix";
import { outcomeOfThrown, session } from "./testing/request-context";
import { createMatrixUsers, createTargetWorld, credentialsOf, type MatrixUsers, type TargetWorld } from "./testing/world";

vi.mock("@/lib/auth/auth", async () => (await import("./testing/request-context")).authModule());
vi.mock("next/headers", async (original) => (await import("./testing/request-context")).headersModule(await original()));
vi.mock("next/cache", async (original) => (await import("./testing/request-context")).cacheModule(await original()));
vi.mock("next/server", async (original) => (await import("./testing/request-context")).serverModule(await original()));
vi.mock("next-auth", async () => (await import("./testing/request-context")).nextAuthModule());

withTestDatabase();

let users: MatrixUsers;
let world: TargetWorld;

beforeAll(async () => {
  users = await createMatrixUsers();
  world = await createTargetWorld(users);
}, 120_000);
afterAll(() => stopLiveHub());

const files = new Map(listAppRoutes().map((r) => [`${r.kind} ${r.route}`, r.file]));

/** The value of each dynamic segment, from the row's target and the actor (only the candidate holds the real token). */
function paramsFor(row: RouteRow, token: string): Record<string, string> {
  const ids: Record<string, string> = {
    requisition: world.requisitionId,
    application: world.applicationId,
    interview: world.interviewId,
    outboxMessage: world.outboxMessageId,
    candidate: world.candidateId,
  };
  const params: Record<string, string> = { ...row.params };
  for (const [, name] of row.route.matchAll(/\[([^\]]+)\]/g)) {
    if (!name || params[name]) continue;
    if (name === "slug") params[name] = world.slug;
    else if (name === "token") params[name] = token;
    else params[name] = ids[row.target] ?? "";
  }
  return params;
}

function queryFor(row: RouteRow): string {
  return (row.query ?? "").replace("{requisition}", world.requisitionId).replace("{application}", world.applicationId);
}

/** Calls the page, handler or metadata route as Next would, and reads the outcome. */
async function visit(row: RouteRow, actor: ActorKey): Promise<{ outcome: Outcome; detail: string }> {
  const file = files.get(`${row.kind} ${row.route}`);
  if (!file) throw new Error(`no file for ${routeRowKey(row)}`);
  const credentials = credentialsOf(actor, users, world);
  session.userId = credentials.userId;
  const params = paramsFor(row, credentials.token);
  const query = queryFor(row);
  const mod = (await import(path.join(repoRoot, file))) as Record<string, unknown>;
  try {
    if (row.kind === "route") {
      const GET = mod.GET as (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
      const url = `http://localhost:3000${row.route.replace(/\[([^\]]+)\]/g, (_, name: string) => params[name] ?? "")}${query}`;
      const abort = new AbortController();
      const response = await GET(new Request(url, { signal: abort.signal }), { params: Promise.resolve(params) });
      // A stream (the live route) is opened and closed at once: the status is what matters.
      abort.abort();
      await response.body?.cancel().catch(() => undefined);
      if (response.status === 200) return { outcome: "allowed", detail: "200" };
      if (response.status === 404) return { outcome: "not-found", detail: "404" };
      const location = response.headers.get("location") ?? "";
      if (response.status >= 300 && response.status < 400) return { outcome: location.includes("/login") ? "sign-in" : "allowed", detail: `${response.status} ${location}` };
      return { outcome: "refused", detail: `${response.status}` };
    }
    const render = mod.default as (props: unknown) => unknown;
    const searchParams = Object.fromEntries(new URLSearchParams(query));
    await render({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
    return { outcome: "allowed", detail: "rendered" };
  } catch (error) {
    const outcome = outcomeOfThrown(error);
    if (!outcome) throw error;
    return { outcome, detail: String((error as { digest?: string }).digest) };
  } finally {
    session.userId = null;
  }
}

/**
 * Without the proxy, a route handler under /dashboard cannot redirect to the sign-in page; it must
 * answer 404 itself (proxy.ts is never the only gate).
 */
function accepts(row: RouteRow, expected: Outcome, actual: Outcome): boolean {
  if (expected === "sign-in" && row.kind === "route") return actual === "sign-in" || actual === "not-found";
  return expected === actual;
}

describe.each(routeRows.filter((row) => !row.httpOnly).map((row) => [routeRowKey(row), row] as const))("%s", (_key, row) => {
  it.each([...actors])("as %s", async (actor) => {
    const expected = policies[row.policy].outcomes[actor];
    const { outcome, detail } = await visit(row, actor);
    expect(accepts(row, expected, outcome), `${routeRowKey(row)} as ${actor}: expected ${expected} (policy ${row.policy}), got ${outcome} (${detail})`).toBe(true);
  });
});
