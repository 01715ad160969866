import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { repoRoot } from "./app-inventory";
import { actionRowKey, actionRows, actors, policies, splitRef, type ActionRow, type ActorKey, type Outcome } from "./matrix";
import { actionCalls } from "./testing/action-calls";
import { NOT_FOUND_MESSAGE, outcomeOfThrown, session } from "./testing/request-context";
import { createMatrixUsers, createTargetWorld, credentialsOf, type MatrixUsers } from "./testing/world";

vi.mock("@/lib/auth/auth", async () => (await import("./testing/request-context")).authModule());
vi.mock("next/headers", async (original) => (await import("./testing/request-context")).headersModule(await original()));
vi.mock("next/cache", async (original) => (await import("./testing/request-context")).cacheModule(await original()));
vi.mock("next/server", async (original) => (await import("./testing/request-context")).serverModule(await original()));
vi.mock("next-auth", async () => (await import("./testing/request-context")).nextAuthModule());

withTestDatabase();
// Erasure keys the tombstone's email hash; any key will do for a throwaway database.
process.env.ERASURE_HASH_KEY ??= "authorization-matrix-test-key";

let users: MatrixUsers & { otherRequisition: { id: string; slug: string } };

beforeAll(async () => {
  users = await createMatrixUsers();
}, 120_000);

/** What the action's return value says happened: ok, a not-found, or another refusal. */
function outcomeOfResult(result: unknown): { outcome: Outcome; detail: string } {
  if (result === undefined || result === null) return { outcome: "allowed", detail: "returned nothing" };
  const value = result as { ok?: boolean; error?: string };
  if (value.ok === true) return { outcome: "allowed", detail: "ok" };
  if (value.ok === undefined && !value.error) return { outcome: "allowed", detail: "new form state" };
  const error = value.error ?? "";
  return { outcome: NOT_FOUND_MESSAGE.test(error) ? "not-found" : "refused", detail: error };
}

/** Runs one action as one actor against a world of its own, through the real action and services. */
async function perform(row: ActionRow, actor: ActorKey): Promise<{ outcome: Outcome; detail: string }> {
  const call = actionCalls[actionRowKey(row)];
  if (!call) throw new Error(`no way to call "${actionRowKey(row)}": add it to actionCalls in lib/authorization/testing/action-calls.ts`);
  const world = await createTargetWorld(users);
  const credentials = credentialsOf(actor, users, world);
  const ctx = { actor, users, world, token: credentials.token };
  const form = await call.form(ctx);
  const previous = call.previous?.(ctx);
  const { file, name } = splitRef(row.action);
  const action = ((await import(path.join(repoRoot, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>)[name];
  if (!action) throw new Error(`${row.action} is not exported`);
  session.userId = credentials.userId;
  let result: { outcome: Outcome; detail: string };
  try {
    result = outcomeOfResult(await action(...(call.args ? call.args(form, previous) : [previous, form])));
  } catch (error) {
    const outcome = outcomeOfThrown(error);
    if (!outcome) throw error;
    result = { outcome, detail: String((error as { digest?: string }).digest) };
  } finally {
    session.userId = null;
  }
  if (call.happened && result.outcome === "allowed" && !(await call.happened(ctx, form))) return { outcome: "not-found", detail: "nothing happened" };
  return result;
}

describe.each(actionRows.map((row) => [actionRowKey(row), row] as const))("%s", (_key, row) => {
  it.each([...actors])("as %s", async (actor) => {
    const expected = policies[row.policy].outcomes[actor];
    const { outcome, detail } = await perform(row, actor);
    expect(outcome, `${actionRowKey(row)} as ${actor}: expected ${expected} (policy ${row.policy}), got ${outcome} (${detail})`).toBe(expected);
  });
});
