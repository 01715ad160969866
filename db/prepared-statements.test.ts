import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { organization } from "@/db/schema";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { preparedStatementsEnabled, preparingClient } from "./prepared-statements";

withTestDatabase();

/** The statements this connection has prepared, as PostgreSQL lists them. */
const preparedOnConnection = sql`select statement from pg_prepared_statements where not from_sql`;
const statementsOf = (rows: Iterable<Record<string, unknown>>) => [...rows].map((row) => String(row.statement));
const marker = (n: number) => eq(organization.name, `prepared-statements-test-${n}`);

describe("drizzle's queries as prepared statements", () => {
  const clients: postgres.Sql[] = [];
  const oneConnection = () => {
    const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
    clients.push(client);
    return client;
  };
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
  });

  it("prepares a query once per connection, then runs it again by name", async () => {
    const db = drizzle(preparingClient(oneConnection()), { casing: "snake_case" });
    await db.select().from(organization).where(marker(1));
    await db.select().from(organization).where(marker(1));
    const statements = statementsOf(await db.execute(preparedOnConnection));
    expect(statements.filter((s) => s.includes('from "organization"'))).toHaveLength(1);
  });

  it("prepares the queries inside transactions and savepoints", async () => {
    const db = drizzle(preparingClient(oneConnection()), { casing: "snake_case" });
    const statements = await db.transaction(async (tx) => {
      await tx.select({ singleton: organization.singleton }).from(organization).where(marker(2));
      await tx.transaction(async (savepoint) => {
        await savepoint.select({ name: organization.name }).from(organization).where(marker(3));
      });
      return statementsOf(await tx.execute(preparedOnConnection));
    });
    expect(statements.some((s) => s.startsWith('select "singleton" from "organization"'))).toBe(true);
    expect(statements.some((s) => s.startsWith('select "name" from "organization"'))).toBe(true);
  });

  it("sends a query without parameters as it is: its text may differ on every call", async () => {
    const db = drizzle(preparingClient(oneConnection()), { casing: "snake_case" });
    await db.execute(sql.raw("select 'prepared-statements-test-literal' as literal"));
    await db.select().from(organization).where(marker(6));
    const statements = statementsOf(await db.execute(preparedOnConnection));
    expect(statements.filter((s) => s.includes("prepared-statements-test-literal"))).toEqual([]);
    expect(statements.filter((s) => s.includes('from "organization"'))).toHaveLength(1);
  });

  it("runs a statement again after a migration changed its result columns, and stops at a transaction", async () => {
    const db = drizzle(preparingClient(oneConnection()), { casing: "snake_case" });
    const read = (executor: Pick<typeof db, "select">) => executor.select({ name: organization.name }).from(organization).where(marker(7));
    await read(db);
    await getDb().execute(sql`alter table organization alter column name type varchar(500)`);
    // PostgreSQL refuses the cached plan ("cached plan must not change result type"); postgres.js prepares it again.
    await expect(read(db)).resolves.toEqual([]);
    await getDb().execute(sql`alter table organization alter column name type text`);
    // Inside a transaction the refusal has aborted it: it fails whole, and the next query prepares afresh.
    const failure: unknown = await db.transaction(async (tx) => read(tx)).catch((error: unknown) => error);
    expect(String((failure as Error).cause)).toMatch(/cached plan must not change result type|current transaction is aborted/);
    await expect(read(db)).resolves.toEqual([]);
  });

  it("leaves drizzle's unnamed statements alone on a plain client", async () => {
    const db = drizzle(oneConnection(), { casing: "snake_case" });
    await db.select().from(organization).where(marker(4));
    const statements = statementsOf(await db.execute(preparedOnConnection));
    expect(statements.filter((s) => s.includes('from "organization"'))).toEqual([]);
  });

  it("is how the app's database client runs its queries", async () => {
    const statements = await getDb().transaction(async (tx) => {
      await tx.select().from(organization).where(marker(5));
      return statementsOf(await tx.execute(preparedOnConnection));
    });
    expect(statements.some((s) => s.includes('from "organization"'))).toBe(true);
  });
});

describe("DATABASE_PREPARED_STATEMENTS", () => {
  it("is on unless turned off", () => {
    expect([undefined, "", "true", "1", "on"].map((value) => preparedStatementsEnabled(value))).toEqual([true, true, true, true, true]);
    expect(["false", "0", "off", " OFF "].map((value) => preparedStatementsEnabled(value))).toEqual([false, false, false, false]);
  });
});
