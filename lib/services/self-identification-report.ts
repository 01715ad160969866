import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/domain/actor";
import { suppressStage, type ReportCell } from "@/lib/domain/eeo-suppression";
import { canManagePrivacy } from "@/lib/domain/privacy-permissions";
import { selfIdentificationQuestions, type SelfIdentificationKey } from "@/lib/domain/self-identification";
import { writeAudit } from "./audit";
import { NotFoundError } from "./errors";

/*
 * The only reader of self_identifications (lib/services/self-identification-separation.test.ts keeps
 * it so): aggregate counts, never a row, never joined to a name, for admins only. Hiring views and
 * exports never see these answers (docs/privacy.md).
 */

export interface SelfIdentificationStageRow {
  stageId: string;
  stageName: string;
  total: ReportCell;
  /** Per question (in selfIdentificationQuestions order), one cell per option in the question's order. */
  questions: { key: SelfIdentificationKey; cells: ReportCell[] }[];
}

export interface SelfIdentificationRequisition {
  requisitionId: string;
  title: string;
  stages: SelfIdentificationStageRow[];
}

export interface SelfIdentificationReport {
  questions: { key: SelfIdentificationKey; label: string; options: string[] }[];
  requisitions: SelfIdentificationRequisition[];
}

const columns: Record<SelfIdentificationKey, string> = {
  gender: "gender",
  raceEthnicity: "race_ethnicity",
  veteranStatus: "veteran_status",
  disability: "disability",
};

interface CountRow extends Record<string, unknown> {
  requisition_id: string;
  title: string;
  stage_id: string;
  stage_name: string;
  position: number;
  question: SelfIdentificationKey;
  answer: string;
  n: number;
}

/**
 * Per requisition and current stage (disjoint groups: each application counts once), how many gave
 * each answer to each question, with small groups suppressed by lib/domain/eeo-suppression. Reading
 * it is audited.
 */
export async function getSelfIdentificationReport(actor: Actor): Promise<SelfIdentificationReport> {
  if (!canManagePrivacy(actor)) throw new NotFoundError("That page");
  const db = getDb();
  const perQuestion = selfIdentificationQuestions.map(
    (q) => sql`select si.requisition_id, a.stage_id, ${q.key}::text as question, si.${sql.raw(columns[q.key])} as answer, count(*)::int as n
      from self_identifications si join applications a on a.id = si.application_id
      group by si.requisition_id, a.stage_id, si.${sql.raw(columns[q.key])}`,
  );
  const rows = await db.execute<CountRow>(sql`
    select c.requisition_id, r.title, c.stage_id, s.name as stage_name, s.position, c.question, c.answer, c.n
    from (${sql.join(perQuestion, sql` union all `)}) c
    join requisitions r on r.id = c.requisition_id
    join stages s on s.id = c.stage_id
    order by r.title, r.id, s.position`);

  const requisitions = new Map<string, { title: string; stages: Map<string, { name: string; counts: Map<string, number>[] }> }>();
  for (const row of rows) {
    const requisition = requisitions.get(row.requisition_id) ?? { title: row.title, stages: new Map() };
    requisitions.set(row.requisition_id, requisition);
    const stage = requisition.stages.get(row.stage_id) ?? { name: row.stage_name, counts: selfIdentificationQuestions.map(() => new Map<string, number>()) };
    requisition.stages.set(row.stage_id, stage);
    const index = selfIdentificationQuestions.findIndex((q) => q.key === row.question);
    stage.counts[index]?.set(row.answer, row.n);
  }

  const report: SelfIdentificationReport = {
    questions: selfIdentificationQuestions.map((q) => ({ key: q.key, label: q.label, options: [...q.options] })),
    requisitions: [...requisitions].map(([requisitionId, r]) => ({
      requisitionId,
      title: r.title,
      stages: [...r.stages].map(([stageId, stage]) => {
        const counts = selfIdentificationQuestions.map((q, i) => q.options.map((option) => stage.counts[i]?.get(option) ?? 0));
        // Every application has one row, so any question's counts add up to the stage's applications.
        const total = counts[0]?.reduce((a, b) => a + b, 0) ?? 0;
        const suppressed = suppressStage(total, counts);
        return {
          stageId,
          stageName: stage.name,
          total: suppressed.total,
          questions: selfIdentificationQuestions.map((q, i) => ({ key: q.key, cells: suppressed.questions[i] ?? [] })),
        };
      }),
    })),
  };
  await writeAudit(db, actor, { action: "self_identification.report", targetType: "report", details: { requisitions: report.requisitions.length } });
  return report;
}
