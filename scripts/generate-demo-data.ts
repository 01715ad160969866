import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import type { Sql, TransactionSql } from "postgres";
import { closeDb, getSql } from "@/db/client";
import { demoUsers } from "@/db/seed/demo-users";
import { buildDemoBatch, type DemoBatch, type DemoContext, type DemoRequisition } from "@/lib/demo-data/build-batch";
import { demoPostings } from "@/lib/demo-data/demo-postings";
import { createRandom } from "@/lib/demo-data/random";
import { systemActor } from "@/lib/domain/actor";
import { derivedQuestions } from "@/lib/domain/application-questions";
import type { WorkplaceType } from "@/lib/domain/posting/posting-types";
import { createRequisition, type TeamAssignment } from "@/lib/services/requisitions";
import { prepareDatabase } from "./lib/prepare-database";

/**
 * `npm run db:generate-demo -- --candidates 100000 [--seed demo]`: realistic demo candidates in
 * DATABASE_URL's database or the embedded one (started when needed). Candidates, applications
 * spread over the seed requisition (the largest: ≥ 5,000 active applications at 100k) and ten more,
 * resumes with text, answers, stage histories, notes and tags, in multi-row INSERTs of one batch
 * per transaction, each batch's search documents written once at its end (docs/search.md).
 */
const { values } = parseArgs({
  options: { candidates: { type: "string", default: "10000" }, seed: { type: "string", default: "shortlist" }, batch: { type: "string", default: "1000" } },
});
const total = Number(values.candidates);
const batchSize = Number(values.batch);
const EMAIL_DOMAIN = "demo.shortlist.example";
// One batch per transaction on each of two connections: PostgreSQL computes the search documents
// of one batch while this process builds the next.
const CONCURRENCY = 2;

async function createDemoRequisitions(sql: Sql, teamUserIds: Map<string, string>): Promise<void> {
  const [existing] = await sql<{ n: number }[]>`select count(*)::int as n from requisitions where title = ${demoPostings[0]!.title}`;
  if ((existing?.n ?? 0) > 0) return;
  const member = (email: string, role: TeamAssignment["role"]) => (teamUserIds.has(email) ? [{ userId: teamUserIds.get(email)!, role }] : []);
  for (const [i, posting] of demoPostings.entries()) {
    const team = [
      ...member("recruiter@sesame.example", "recruiter"),
      // The demo hiring manager is on half of them, so "off the team" is visible in the demo too.
      ...(i % 2 === 0 ? member("manager@sesame.example", "hiring_manager") : []),
      ...member(i % 2 === 0 ? "interviewer1@sesame.example" : "interviewer2@sesame.example", "interviewer"),
    ];
    await createRequisition(systemActor("demo data"), { posting, status: "open", team });
  }
}

async function loadRequisitions(sql: Sql): Promise<DemoRequisition[]> {
  const rows = await sql<{ id: string; slug: string; workplace_type: WorkplaceType | null; locations: string[] }[]>`
    select id, slug, workplace_type, locations from requisitions where status = 'open' order by created_at, id`;
  const stages = await sql<{ id: string; requisition_id: string; name: string; kind: "active" | "hired" | "rejected" }[]>`
    select id, requisition_id, name, kind from stages where archived_at is null order by requisition_id, position`;
  const quals = await sql<{ id: string; requisition_id: string; kind: "required" | "preferred" }[]>`
    select id, requisition_id, kind from qualifications where archived_at is null order by requisition_id, kind, position`;
  return rows.map((r) => ({
    id: r.id,
    // The seed job is the big one: 10% of all applications.
    weight: r.slug === "backend-software-engineer" ? 10 : 90 / Math.max(1, rows.length - 1),
    stages: stages.filter((s) => s.requisition_id === r.id),
    qualifications: quals.filter((q) => q.requisition_id === r.id),
    questions: derivedQuestions({ workplaceType: r.workplace_type, locations: r.locations }),
  }));
}

/** Multi-row INSERTs, split so that no statement passes PostgreSQL's 65,535 parameters. */
type Row = Record<string, string | number | boolean | Date | Buffer | null>;
async function insertRows(tx: TransactionSql, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  // The pool is shared with drizzle, which turns off postgres.js's own date serialisation.
  const values = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));
  const chunk = Math.floor(60_000 / columns.length);
  for (let i = 0; i < rows.length; i += chunk) await tx`insert into ${tx(table)} ${tx(values.slice(i, i + chunk), columns)}`;
}

function resumeRows(batch: DemoBatch) {
  return batch.resumes.map(({ text, ...resume }) => {
    const data = Buffer.from(`%PDF-1.4\n% Demo resume ${resume.filename}\n%%EOF\n`);
    return { ...resume, content_type: "application/pdf", size_bytes: data.byteLength, sha256: createHash("sha256").update(data).digest("hex"), data, text_status: "ok", text };
  });
}

async function insertBatch(sql: Sql, batch: DemoBatch): Promise<void> {
  await sql.begin(async (tx) => {
    // Left to their triggers, the search documents of a batch would be rewritten once per table
    // below (six times, each a new row version and GIN entries); deferred, they are written once,
    // by the same function, before this transaction commits. See docs/search.md.
    await tx`set local shortlist.defer_search_documents = on`;
    await insertRows(tx, "candidates", batch.candidates);
    await insertRows(tx, "applications", batch.applications);
    await insertRows(tx, "qualification_answers", batch.qualificationAnswers);
    await insertRows(tx, "question_answers", batch.questionAnswers);
    await insertRows(tx, "notes", batch.notes);
    await insertRows(tx, "application_tags", batch.tags);
    await insertRows(tx, "stage_events", batch.stageEvents);
    await insertRows(tx, "resumes", resumeRows(batch));
    await tx`select refresh_application_search_documents(${tx.array(batch.applications.map((a) => a.id))}::uuid[])`;
  });
}

async function main() {
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(batchSize) || batchSize < 1) throw new Error("Usage: npm run db:generate-demo -- --candidates 100000");
  const started = performance.now();
  const database = await prepareDatabase({ seed: true });
  process.env.DATABASE_URL = database.url;
  const sql = getSql();
  try {
    const [already] = await sql<{ n: number }[]>`select count(*)::int as n from candidates where email like ${`%@${EMAIL_DOMAIN}`}`;
    if ((already?.n ?? 0) > 0) throw new Error(`This database already has ${already!.n} demo candidates. Generate into a fresh database.`);
    const users = await sql<{ id: string; email: string }[]>`select id, email from users where active order by email`;
    const demoEmails = new Set(demoUsers.map((u) => u.email));
    const team = new Map(users.filter((u) => demoEmails.has(u.email)).map((u) => [u.email, u.id]));
    const authors = [team.get("recruiter@sesame.example"), team.get("manager@sesame.example")].filter((id): id is string => Boolean(id));
    const teamUserIds = authors.length > 0 ? authors : users.slice(0, 3).map((u) => u.id);
    if (teamUserIds.length === 0) throw new Error("No users to write notes: run with SEED_DEMO_USERS unset, or create a user first.");

    await createDemoRequisitions(sql, team);
    const context: DemoContext = { requisitions: await loadRequisitions(sql), teamUserIds, now: new Date(), emailDomain: EMAIL_DOMAIN };
    console.log(`Generating ${total.toLocaleString("en")} candidates over ${context.requisitions.length} requisitions…`);

    const batches = Math.ceil(total / batchSize);
    let next = 0;
    let done = 0;
    let batchesDone = 0;
    const worker = async () => {
      for (let b = next++; b < batches; b = next++) {
        // Seeded per batch, so the data does not depend on which connection finished first.
        const batch = buildDemoBatch(createRandom(`${values.seed}:${b}`), context, b * batchSize, Math.min(batchSize, total - b * batchSize));
        await insertBatch(sql, batch);
        done += batch.candidates.length;
        if (++batchesDone % 10 === 0 || done === total) {
          const seconds = (performance.now() - started) / 1000;
          console.log(`  ${done.toLocaleString("en")} / ${total.toLocaleString("en")} candidates (${Math.round(done / seconds)}/s)`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    // Fresh statistics for the planner, and a visibility map so that counts need not visit every row.
    await sql`vacuum (analyze)`;
    await report(sql);
    console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await closeDb();
    await database.stop();
  }
}

async function report(sql: Sql) {
  const rows = await sql<{ title: string; active: number; all: number }[]>`
    select r.title, count(*) filter (where s.kind = 'active')::int as active, count(*)::int as all
    from applications a join requisitions r on r.id = a.requisition_id join stages s on s.id = a.stage_id
    group by r.title order by active desc`;
  for (const row of rows) console.log(`  ${row.title.padEnd(30)} ${String(row.all).padStart(7)} applications, ${String(row.active).padStart(7)} active`);
  const [docs] = await sql<{ n: number }[]>`select count(*)::int as n from application_search_documents`;
  console.log(`  ${docs?.n ?? 0} search documents`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
