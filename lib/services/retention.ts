import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { retentionRuns } from "@/db/schema";
import { systemActor } from "@/lib/domain/actor";
import { retentionCutoff, retentionDaysFrom, retentionDecision } from "@/lib/domain/retention-policy";
import { writeAudit } from "./audit";
import { eraseCandidate } from "./candidate-erasure";

const retentionActor = systemActor("retention");
const RUN_EVERY_MS = 24 * 60 * 60 * 1000;

type RunRow = typeof retentionRuns.$inferSelect;

export interface RetentionRunSummary {
  runId: string;
  policyDays: number;
  anonymised: number;
  skippedForHold: number;
  failed: number;
}

interface CandidateFacts {
  id: string;
  legalHold: boolean;
  applicationCount: number;
  allClosed: boolean;
  lastActivityAt: Date;
}

/**
 * Candidates whose every application ended (the rejected stage holds rejections and withdrawals)
 * and on whose applications nothing has happened since the cutoff: the latest application change,
 * stage move or note. SQL narrows; retentionDecision decides.
 */
async function closedAndQuiet(cutoff: Date): Promise<CandidateFacts[]> {
  const rows = await getDb().execute<{ id: string; legal_hold: boolean; application_count: number; all_closed: boolean; last_activity_at: string | Date }>(sql`
    select c.id, c.legal_hold, count(*)::int as application_count, bool_and(s.kind = 'rejected') as all_closed,
      greatest(
        max(a.updated_at), max(a.stage_entered_at), max(a.created_at),
        max((select max(se.created_at) from stage_events se where se.application_id = a.id)),
        max((select max(n.updated_at) from notes n where n.application_id = a.id))
      ) as last_activity_at
    from candidates c
    join applications a on a.candidate_id = c.id
    join stages s on s.id = a.stage_id
    where c.erased_at is null
    group by c.id
    having bool_and(s.kind = 'rejected')
      and greatest(
        max(a.updated_at), max(a.stage_entered_at), max(a.created_at),
        max((select max(se.created_at) from stage_events se where se.application_id = a.id)),
        max((select max(n.updated_at) from notes n where n.application_id = a.id))
      ) <= ${cutoff.toISOString()}::timestamptz
    order by c.id`);
  return rows.map((r) => ({ id: r.id, legalHold: r.legal_hold, applicationCount: r.application_count, allClosed: r.all_closed, lastActivityAt: new Date(r.last_activity_at) }));
}

// Error names and codes only: a message can quote candidate data.
function errorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const name = error instanceof Error ? error.name : typeof error;
  return typeof code === "string" || typeof code === "number" ? `${name} ${code}` : name;
}

async function processRun(run: RunRow, now: Date): Promise<RetentionRunSummary> {
  let anonymised = 0;
  let skippedForHold = 0;
  const failures: string[] = [];
  for (const facts of await closedAndQuiet(retentionCutoff(run.policyDays, now))) {
    const decision = retentionDecision({ ...facts, allApplicationsClosed: facts.allClosed, erasedAt: null }, run.policyDays, now);
    if (decision === "held") skippedForHold += 1;
    if (decision !== "anonymise") continue;
    try {
      // Each person in their own transaction: one failure does not undo the others.
      const result = await eraseCandidate(retentionActor, facts.id, "retention", { now });
      if (result.status === "erased") anonymised += 1;
    } catch (error) {
      failures.push(errorCode(error));
    }
  }
  const error = failures.length > 0 ? `${failures.length} candidate(s) could not be anonymised (${[...new Set(failures)].join(", ")}).` : null;
  await getDb().transaction(async (tx) => {
    await tx.update(retentionRuns).set({ finishedAt: new Date(), anonymisedCount: anonymised, skippedForHoldCount: skippedForHold, error }).where(eq(retentionRuns.id, run.id));
    await writeAudit(tx, retentionActor, {
      action: "retention.run",
      targetType: "retention_run",
      targetId: run.id,
      details: { policyDays: run.policyDays, anonymised, skippedForHold, failed: failures.length },
    });
  });
  return { runId: run.id, policyDays: run.policyDays, anonymised, skippedForHold, failed: failures.length };
}

/** One retention run now, whatever ran before: anonymises the due candidates and logs the run. */
export async function runRetention(now = new Date(), options: { policyDays?: number } = {}): Promise<RetentionRunSummary> {
  const policyDays = options.policyDays ?? retentionDaysFrom(process.env);
  const [run] = await getDb().insert(retentionRuns).values({ policyDays, startedAt: now }).returning();
  return processRun(run!, now);
}

/**
 * The daily job: runs only when no run started in the last day. The claim (a run row) is made under
 * a transaction-scoped advisory lock, so of several app instances ticking at once exactly one runs.
 */
export async function runRetentionIfDue(now = new Date()): Promise<RetentionRunSummary | null> {
  const policyDays = retentionDaysFrom(process.env);
  const run = await getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('shortlist:retention'))`);
    const [last] = await tx.select({ startedAt: retentionRuns.startedAt }).from(retentionRuns).orderBy(desc(retentionRuns.startedAt)).limit(1);
    if (last && now.getTime() - last.startedAt.getTime() < RUN_EVERY_MS) return null;
    const [created] = await tx.insert(retentionRuns).values({ policyDays, startedAt: now }).returning();
    return created!;
  });
  return run ? processRun(run, now) : null;
}
