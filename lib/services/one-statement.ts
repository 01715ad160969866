import "server-only";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * Sends independent writes as one statement, each a data-modifying WITH query, which then selects
 * `result` (a pg_notify, say). Every statement costs a parse, a plan and its share of protocol work
 * in both processes, whatever it writes: ten small pipelined inserts cost about four times the CPU
 * of one statement holding all ten (measured for the apply path, docs/applications.md).
 *
 * The parts share one snapshot and run in no set order, so none may read what another writes: a
 * part may reference rows of earlier statements only. Row-level and statement-level triggers still
 * fire for each part; derived rows that read several tables are refreshed by a later statement.
 */
export async function writeInOneStatement(tx: Executor, writes: SQLWrapper[], result: SQL = sql`1`): Promise<void> {
  // A query builder renders itself in parentheses, as a WITH query must be.
  const parts = writes.map((write, i) => sql`${sql.identifier(`write_${i}`)} as ${write}`);
  await tx.execute(sql`with ${sql.join(parts, sql`, `)} select ${result}`);
}
