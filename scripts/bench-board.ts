import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { migrateDatabase } from "@/db/runtime/migrate";
import { terminateProcess } from "@/db/runtime/processes";
import { ensureDemoData, openDemoDatabase } from "./lib/demo-database";
import { startNextServer, TEST_AUTH_SECRET, waitForHttpOk } from "./lib/start-test-server";

/**
 * The board of the biggest requisition (the seed job: ≥ 5,000 active applications with 100k demo
 * candidates) against the production build (`npm run build` first), as its hiring manager:
 * sequential requests for the server's render time, then wrk at 32 connections for throughput.
 * Targets (issue 5): p95 ≤ 300 ms, ≥ 100 requests/s.
 *
 *   npm run bench:board
 */
const port = process.env.BENCH_PORT ?? "3392";
const origin = `http://127.0.0.1:${port}`;
const duration = Number(process.env.BENCH_DURATION ?? 15);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

const reportScript = `
done = function(summary, latency, requests)
  io.write(string.format("BENCH rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
`;

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build found: run `npm run build` first.");
  if (spawnSync("wrk", ["--version"]).error) throw new Error("wrk is not installed: apt-get install -y wrk");
  const database = await openDemoDatabase();
  await migrateDatabase(database.url);
  await ensureDemoData(database.url);
  const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
  const [job] = await sql<{ id: string; active: number }[]>`
    select r.id, count(a.id) filter (where s.kind = 'active' and a.withdrawn_at is null)::int as active
    from requisitions r join applications a on a.requisition_id = r.id join stages s on s.id = a.stage_id
    where r.slug = 'backend-software-engineer' group by r.id`;
  const [manager] = await sql<{ id: string }[]>`select id from users where email = 'manager@sesame.example'`;
  await sql.end();
  if (!job || !manager) throw new Error("the demo data has no seed requisition or no demo hiring manager");

  // A session cookie as Auth.js would issue it, so the benchmark measures the board, not sign-in.
  const cookieName = "authjs.session-token";
  const token = await encode({ token: { sub: manager.id, signedInAt: Date.now() }, secret: TEST_AUTH_SECRET, salt: cookieName });
  const cookie = `${cookieName}=${token}`;
  const boardPath = `/dashboard/requisitions/${job.id}`;

  process.env.BACKGROUND_JOBS = "off";
  const server = startNextServer({ port, databaseUrl: database.url, stdio: "ignore", cluster: true });
  const scriptDir = mkdtempSync(path.join(tmpdir(), "shortlist-bench-board-"));
  try {
    await waitForHttpOk(`${origin}/api/health`);
    const first = await fetch(`${origin}${boardPath}`, { headers: { cookie }, redirect: "manual" });
    if (first.status !== 200) throw new Error(`the board answered ${first.status}, not 200`);
    const timings: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = performance.now();
      await (await fetch(`${origin}${boardPath}`, { headers: { cookie } })).arrayBuffer();
      if (i >= 10) timings.push(performance.now() - started);
    }
    console.log(`Board of "Backend Software Engineer" (${job.active.toLocaleString("en")} active applications), one request at a time:`);
    console.log(`  p50 ${percentile(timings, 50).toFixed(0)} ms, p95 ${percentile(timings, 95).toFixed(0)} ms, max ${Math.max(...timings).toFixed(0)} ms (n=${timings.length})`);
    const script = path.join(scriptDir, "report.lua");
    writeFileSync(script, reportScript);
    const output = execFileSync("wrk", ["-t2", "-c32", `-d${duration}s`, "--timeout", "10s", "-H", `Cookie: ${cookie}`, "-s", script, `${origin}${boardPath}`], { encoding: "utf8" });
    const line = /BENCH .*/.exec(output)?.[0] ?? output;
    console.log(`wrk -t2 -c32 -d${duration}s: ${line.replace("BENCH ", "")} (ms)`);
  } finally {
    rmSync(scriptDir, { recursive: true, force: true });
    await terminateProcess(server.pid ?? 0, "SIGTERM");
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
