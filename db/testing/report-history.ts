import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applications, candidates, rejectionReasons, stageEvents, stages } from "@/db/schema";

/** Day 0 of the constructed histories; `day(n)` is n days later, midnight UTC. */
export const T0 = Date.UTC(2026, 0, 1);
export const day = (n: number) => new Date(T0 + n * 86_400_000);

export interface HistoryStep {
  to: string;
  at: number;
  /** A configured rejection reason, by label. */
  reason?: string;
  /** The candidate acted (a withdrawal): no actor user, and the application is marked withdrawn. */
  byCandidate?: boolean;
}

/**
 * Writes one application with exactly this stage history, straight into the tables the reports
 * read: applied to the requisition's first stage on `applied`, then each step on its day.
 */
export async function insertHistory(
  requisitionId: string,
  actorUserId: string,
  history: { applied: number; source?: string | null; steps?: HistoryStep[] },
): Promise<string> {
  const db = getDb();
  const stageRows = await db.select().from(stages).where(eq(stages.requisitionId, requisitionId));
  const reasons = await db.select().from(rejectionReasons);
  const stageId = (name: string) => {
    const stage = stageRows.find((s) => s.name === name);
    if (!stage) throw new Error(`no stage ${name}`);
    return stage.id;
  };
  const first = [...stageRows].sort((a, b) => a.position - b.position)[0]!;
  const steps = history.steps ?? [];
  const last = steps.at(-1);
  const [candidate] = await db
    .insert(candidates)
    .values({ email: `history-${randomBytes(5).toString("hex")}@example.org`, firstName: "History", lastName: "Test" })
    .returning({ id: candidates.id });
  const [application] = await db
    .insert(applications)
    .values({
      candidateId: candidate!.id,
      requisitionId,
      stageId: last ? stageId(last.to) : first.id,
      source: history.source ?? null,
      createdAt: day(history.applied),
      stageEnteredAt: day(last ? last.at : history.applied),
      withdrawnAt: last?.byCandidate ? day(last.at) : null,
    })
    .returning({ id: applications.id });
  const events: (typeof stageEvents.$inferInsert)[] = [{ applicationId: application!.id, fromStageId: null, toStageId: first.id, createdAt: day(history.applied) }];
  let from = first.id;
  for (const step of steps) {
    const reasonId = step.reason ? reasons.find((r) => r.label === step.reason)?.id : null;
    if (reasonId === undefined) throw new Error(`no rejection reason ${step.reason}`);
    const to = stageId(step.to);
    events.push({ applicationId: application!.id, fromStageId: from, toStageId: to, actorUserId: step.byCandidate ? null : actorUserId, rejectionReasonId: reasonId, createdAt: day(step.at) });
    from = to;
  }
  await db.insert(stageEvents).values(events);
  return application!.id;
}
