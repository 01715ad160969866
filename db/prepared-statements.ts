import type { Sql } from "postgres";

/**
 * drizzle sends every query that was not built with `.prepare(name)` as an unnamed statement
 * (`prepare: false`). postgres.js then asks PostgreSQL to describe it before running it, and
 * PostgreSQL parses and plans it again each time: two round trips instead of one, and most of the
 * database's CPU for a short query. The board view made five such queries: parse and planning were
 * about half of PostgreSQL's 5.6 ms per view (docs/pipeline.md has the figures).
 *
 * This hands drizzle a postgres.js client that runs its queries with parameters as named prepared
 * statements, which is postgres.js's own default: each connection describes, parses and plans a
 * query text once, then only binds and executes it. Transactions and savepoints get the same
 * client, so the queries inside them are prepared too. A query without parameters already takes one
 * round trip, and its text may carry a literal that changes on every call (SET TRANSACTION SNAPSHOT
 * '…' in lib/services/reports-scope.ts): prepared, each would stay behind on its connection.
 *
 * A connection keeps its statements until it is closed (postgres.js recycles a connection after
 * 30–60 minutes). PostgreSQL re-plans a prepared statement itself when the tables it reads change;
 * one whose result columns changed (a migration while the app runs) is re-prepared by postgres.js,
 * except inside a transaction, which that refusal has already failed (nothing of it is committed).
 * A pooler that moves sessions between server connections per transaction (PgBouncer before 1.21
 * in transaction mode) cannot keep named statements: set DATABASE_PREPARED_STATEMENTS=false there.
 */
export function preparingClient<T extends Sql>(sql: T): T {
  return new Proxy(sql, {
    get(target, key, receiver) {
      if (key === "unsafe") {
        const unsafe: Sql["unsafe"] = (query, parameters, options) => target.unsafe(query, parameters, { ...options, prepare: (parameters?.length ?? 0) > 0 });
        return unsafe;
      }
      if (key === "begin" || key === "savepoint") {
        // The callback (the last argument, after optional transaction options or a savepoint name) gets the transaction's client.
        return (...args: unknown[]) => {
          const [callback] = args.slice(-1);
          const wrapped = typeof callback === "function" ? (inner: Sql) => (callback as (client: Sql) => unknown)(preparingClient(inner)) : callback;
          return (Reflect.get(target, key, receiver) as (...a: unknown[]) => unknown)(...args.slice(0, -1), wrapped);
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

/** DATABASE_PREPARED_STATEMENTS: on unless set to "false", "0" or "off". */
export function preparedStatementsEnabled(value = process.env.DATABASE_PREPARED_STATEMENTS): boolean {
  return !["false", "0", "off"].includes((value ?? "").trim().toLowerCase());
}

/** The client to give drizzle: `sql` itself, running drizzle's queries as prepared statements unless DATABASE_PREPARED_STATEMENTS turns that off. */
export function clientForDrizzle<T extends Sql>(sql: T): T {
  return preparedStatementsEnabled() ? preparingClient(sql) : sql;
}
