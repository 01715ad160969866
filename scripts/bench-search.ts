import postgres from "postgres";
import { closeDb } from "@/db/client";
import { findActiveUserActor } from "@/lib/services/users";
import type { Actor } from "@/lib/domain/actor";
import type { CandidateSearchQuery } from "@/lib/domain/search-query";
import { createRandom } from "@/lib/demo-data/random";
import { explainCandidateSearch, searchCandidates } from "@/lib/services/candidate-search";
import { ensureDemoData, openDemoDatabase } from "./lib/demo-database";

/**
 * Candidate search latency at the service level over generated demo data (docs/search.md): a few
 * hundred searches — common and rare words, names, phrases, with and without filters, as a
 * recruiter (everything) and as a hiring manager (their teams only) — then EXPLAIN (ANALYZE,
 * BUFFERS) of the main query for a common and a rare word. Target (issue 5): p95 ≤ 100 ms.
 *
 *   DATABASE_URL=postgres://…/shortlist_demo npm run bench:search      # data from `npm run db:generate-demo`
 *   npm run bench:search      # embedded cluster in .data/postgres-bench-search; generates
 *                             # BENCH_CANDIDATES (default 100000) candidates on first run
 */
const runs = Number(process.env.BENCH_QUERIES ?? 300);

const commonWords = ["python", "sql", "docker", "kubernetes", "react", "aws", "engineer", "payment systems", "berlin"];
const rareWords = ["erlang", "haskell", "fortran", "prolog", "ebpf", "zig", "ocaml", "webassembly", "okafor", "quispe"];
const phrases = ['"search and recommendations"', "python -java", "rust or go", "kubernetes terraform prometheus"];

function queries(requisitionIds: string[]): { label: string; query: CandidateSearchQuery }[] {
  const random = createRandom("bench-search");
  return Array.from({ length: runs }, () => {
    const kind = random.weighted([["common", 35], ["rare", 35], ["phrase", 10], ["filters only", 5], ["filtered common", 15]] as const);
    const q = kind === "common" || kind === "filtered common" ? random.pick(commonWords) : kind === "rare" ? random.pick(rareWords) : random.pick(phrases);
    const query: CandidateSearchQuery = { page: random.chance(0.1) ? random.int(2, 4) : 1 };
    if (kind !== "filters only") query.q = q;
    if (kind === "filtered common" || kind === "filters only") {
      query.requisition = random.pick(requisitionIds);
      if (random.chance(0.5)) query.stage = random.pick(["Applied", "Recruiter screen", "Onsite"]);
      if (random.chance(0.5)) query.requiredMet = random.int(1, 3);
    }
    return { label: kind, query };
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const figures = (values: number[]) =>
  `n=${values.length} p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;

async function main() {
  const database = await openDemoDatabase();
  try {
    await ensureDemoData(database.url);
    process.env.DATABASE_URL = database.url;
    const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
    const users = await sql<{ id: string; email: string }[]>`select id, email from users where email in ('recruiter@sesame.example', 'manager@sesame.example')`;
    const requisitionIds = (await sql<{ id: string }[]>`select id from requisitions order by created_at`).map((r) => r.id);
    await sql.end();
    const actors: [string, Actor][] = [];
    for (const user of users) {
      const actor = await findActiveUserActor(user.id);
      if (actor) actors.push([actor.role === "recruiter" ? "recruiter" : "hiring manager", actor]);
    }
    if (actors.length === 0) throw new Error("The demo recruiter and hiring manager are missing: was the database seeded with demo users?");

    const plan = queries(requisitionIds);
    for (const { query } of plan.slice(0, 20)) await searchCandidates(actors[0]![1], query);
    const byKind = new Map<string, number[]>();
    const all: number[] = [];
    for (const [i, { label, query }] of plan.entries()) {
      const [actorLabel, actor] = actors[i % actors.length]!;
      const started = performance.now();
      await searchCandidates(actor, query);
      const ms = performance.now() - started;
      all.push(ms);
      for (const key of [label, `as ${actorLabel}`]) byKind.set(key, [...(byKind.get(key) ?? []), ms]);
    }
    console.log(`\nsearchCandidates (service level, sequential, both queries + highlights): ${figures(all)}`);
    for (const [label, values] of byKind) console.log(`  ${label.padEnd(18)} ${figures(values)}`);

    const recruiter = actors.find(([label]) => label === "recruiter")?.[1] ?? actors[0]![1];
    for (const q of ["python", "erlang"]) {
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) — q=${q}, as the recruiter, page 1:`);
      for (const line of await explainCandidateSearch(recruiter, { q, page: 1 })) console.log(`  ${line}`);
    }
  } finally {
    await closeDb();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
