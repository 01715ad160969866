import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { candidates, stageEvents } from "@/db/schema";
import { uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { writeInOneStatement } from "./one-statement";

withTestDatabase();

const newCandidate = () => ({ id: randomUUID(), email: uniqueEmail(), firstName: "Ada", lastName: "Lovelace" });

describe("writeInOneStatement", () => {
  it("makes every write and then selects the result, in the caller's transaction", async () => {
    const [a, b] = [newCandidate(), newCandidate()];
    const setting = await getDb().transaction(async (tx) => {
      await writeInOneStatement(tx, [tx.insert(candidates).values(a), tx.insert(candidates).values(b)], sql`set_config('shortlist.test_result', 'selected', true)`);
      const [row] = await tx.execute<{ value: string }>(sql`select current_setting('shortlist.test_result', true) as value`);
      return row?.value;
    });
    expect(setting).toBe("selected");
    const stored = await getDb().select({ id: candidates.id }).from(candidates).where(inArray(candidates.id, [a.id, b.id]));
    expect(stored.map((row) => row.id).sort()).toEqual([a.id, b.id].sort());
  });

  it("writes nothing when one of the writes fails", async () => {
    const a = newCandidate();
    // A stage event for an application that does not exist breaks its foreign key.
    const orphan = { applicationId: randomUUID(), toStageId: randomUUID(), actorUserId: null };
    await expect(
      getDb().transaction((tx) => writeInOneStatement(tx, [tx.insert(candidates).values(a), tx.insert(stageEvents).values(orphan)])),
    ).rejects.toThrow();
    expect(await getDb().select().from(candidates).where(eq(candidates.id, a.id))).toEqual([]);
  });
});
