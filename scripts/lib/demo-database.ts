import { spawnSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { clusterUrl, ensureDatabaseExists, startEmbeddedCluster } from "@/db/runtime/embedded-postgres";

/**
 * The database the data-heavy benchmarks run on: DATABASE_URL (which must already hold data from
 * `npm run db:generate-demo`), or an embedded cluster in .data/postgres-bench-search whose data is
 * generated on first use (BENCH_CANDIDATES candidates, default 100,000) and kept for later runs.
 */
export async function openDemoDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const port = Number(process.env.BENCH_POSTGRES_PORT ?? 29334);
  const cluster = await startEmbeddedCluster({ dataDir: path.resolve(".data/postgres-bench-search"), port, log: console.log });
  await ensureDatabaseExists(cluster.adminUrl, "shortlist_search_bench");
  return { url: clusterUrl(port, "shortlist_search_bench"), stop: cluster.stop };
}

export async function ensureDemoData(url: string, candidates = process.env.BENCH_CANDIDATES ?? "100000"): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from pg_tables where tablename = 'candidates'`.then(async (t) =>
    t[0]?.n ? sql<{ n: number }[]>`select count(*)::int as n from candidates where email like '%@demo.shortlist.example'` : [{ n: 0 }],
  );
  await sql.end();
  if ((row?.n ?? 0) > 0) return console.log(`Using ${row!.n.toLocaleString("en")} demo candidates already in the database.`);
  if (process.env.DATABASE_URL) throw new Error("No demo data here: run `npm run db:generate-demo -- --candidates 100000` against this DATABASE_URL first.");
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/generate-demo-data.ts", "--candidates", candidates], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("generating the demo data failed");
}
