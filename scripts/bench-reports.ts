import postgres from "postgres";
import { closeDb } from "@/db/client";
import { migrateDatabase } from "@/db/runtime/migrate";
import type { UserActor } from "@/lib/domain/actor";
import type { ReportFilter } from "@/lib/domain/report-filter";
import type { Role } from "@/lib/domain/roles";
import { getReports } from "@/lib/services/reports";
import { funnelReport } from "@/lib/services/reports-funnel";
import { inReportSnapshot, resolveReportScope } from "@/lib/services/reports-scope";
import { closeReportSideConnections } from "@/lib/services/reports-side-connections";
import { rejectionReasonsReport, sourcesReport } from "@/lib/services/reports-sources";
import { timeInStageReport, timeToHireReport } from "@/lib/services/reports-time";
import { ensureDemoData, openDemoDatabase } from "./lib/demo-database";

/**
 * The report service functions (everything the reports page reads) over the demo data (100k
 * candidates by default), as the demo hiring manager and the demo admin: the seed requisition,
 * all requisitions, and one quarter's cohort. Target (issue 8): the page renders in ≤ 500 ms p95.
 *
 *   npm run bench:reports
 */
const runs = Number(process.env.BENCH_RUNS ?? 30);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

async function main() {
  const database = await openDemoDatabase();
  await migrateDatabase(database.url);
  await ensureDemoData(database.url);
  const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
  const [job] = await sql<{ id: string; n: number }[]>`
    select r.id, count(a.id)::int as n from requisitions r join applications a on a.requisition_id = r.id where r.slug = 'backend-software-engineer' group by r.id`;
  const users = await sql<{ id: string; email: string; name: string; role: Role }[]>`
    select id, email, name, role from users where email in ('manager@sesame.example', 'admin@sesame.example')`;
  const [{ n: total } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from applications`;
  const [{ n: events } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from stage_events`;
  await sql.end();
  const actor = (email: string): UserActor => {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`the demo data has no ${email}`);
    return { kind: "user", ...user };
  };
  if (!job) throw new Error("the demo data has no seed requisition");
  process.env.DATABASE_URL = database.url;
  console.log(`${total.toLocaleString("en")} applications, ${events.toLocaleString("en")} stage events; the seed requisition has ${job.n.toLocaleString("en")}.`);

  const now = new Date();
  const quarterAgo = new Date(now.getTime() - 91 * 86_400_000).toISOString().slice(0, 10);
  const cases: { name: string; actor: UserActor; filter: ReportFilter }[] = [
    { name: "hiring manager, seed requisition", actor: actor("manager@sesame.example"), filter: { requisitionId: job.id, from: null, to: null } },
    { name: "hiring manager, all their requisitions", actor: actor("manager@sesame.example"), filter: { requisitionId: null, from: null, to: null } },
    { name: "admin, all requisitions", actor: actor("admin@sesame.example"), filter: { requisitionId: null, from: null, to: null } },
    { name: "admin, all requisitions, last 91 days", actor: actor("admin@sesame.example"), filter: { requisitionId: null, from: quarterAgo, to: null } },
  ];
  try {
    for (const c of cases) {
      const timings: number[] = [];
      for (let i = 0; i < runs + 3; i++) {
        const started = performance.now();
        await getReports(c.actor, c.filter, now);
        // The first runs warm the pool and PostgreSQL's caches.
        if (i >= 3) timings.push(performance.now() - started);
      }
      console.log(`getReports, ${c.name}: p50 ${percentile(timings, 50).toFixed(0)} ms, p95 ${percentile(timings, 95).toFixed(0)} ms, max ${Math.max(...timings).toFixed(0)} ms (n=${timings.length})`);
      // Each report alone, one after the other, to show where the time goes.
      const scope = await resolveReportScope(c.actor, c.filter, now);
      const parts = { funnel: funnelReport, "time in stage": timeInStageReport, "time to hire": timeToHireReport, sources: sourcesReport, "rejection reasons": rejectionReasonsReport };
      const medians: string[] = [];
      for (const [name, report] of Object.entries(parts)) {
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          await inReportSnapshot<unknown>((db) => report(db, scope));
          times.push(performance.now() - started);
        }
        medians.push(`${name} ${percentile(times, 50).toFixed(0)}`);
      }
      console.log(`  alone (median ms): ${medians.join(", ")}`);
    }
  } finally {
    await closeDb();
    await closeReportSideConnections();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
