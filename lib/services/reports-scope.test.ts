import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb, type Executor } from "@/db/client";
import { createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { inParallelReportSnapshot, reportRows } from "./reports-scope";
import { closeReportSideConnections } from "./reports-side-connections";

withTestDatabase();
afterAll(() => closeReportSideConnections());

const countUsers = async (db: Executor) => (await reportRows<{ n: number }>(db, sql`select count(*)::int as n from users`))[0]?.n;

describe("inParallelReportSnapshot", () => {
  it("runs every part in the snapshot of the first, on connections of their own", async () => {
    let committed!: () => void;
    const afterCommit = new Promise<void>((resolve) => (committed = resolve));
    const before = await countUsers(getDb());
    const [first, side, backends] = await inParallelReportSnapshot([
      async (db: Executor) => {
        const n = await countUsers(db);
        // A user created, and committed, after the snapshot was exported.
        await createTestUser("recruiter");
        committed();
        return { n, pid: (await reportRows<{ pid: number }>(db, sql`select pg_backend_pid() as pid`))[0]?.pid };
      },
      async (db: Executor) => {
        await afterCommit;
        return { n: await countUsers(db), pid: (await reportRows<{ pid: number }>(db, sql`select pg_backend_pid() as pid`))[0]?.pid };
      },
      async (db: Executor) =>
        (await reportRows<{ settings: string }>(db, sql`select concat_ws(' ', current_setting('transaction_isolation'), current_setting('plan_cache_mode'), current_setting('work_mem')) as settings`))[0]?.settings,
    ]);
    expect(first.n).toBe(before);
    // Without the imported snapshot the side part would see the new user.
    expect(side.n).toBe(before);
    expect(await countUsers(getDb())).toBe((before ?? 0) + 1);
    expect(side.pid).not.toBe(first.pid);
    // A side part's transaction is tuned like the first: planned for its own parameters every time.
    expect(backends).toBe("repeatable read force_custom_plan 32MB");
  });

  it("fails as a whole when one part fails, after every part has settled", async () => {
    let firstDone = false;
    await expect(
      inParallelReportSnapshot([
        async (db: Executor) => {
          await reportRows(db, sql`select pg_sleep(0.05)`);
          firstDone = true;
        },
        async (db: Executor) => reportRows(db, sql`select 1 / 0`),
      ]),
    ).rejects.toThrow(/select 1 \/ 0/);
    expect(firstDone).toBe(true);
  });
});
