import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { terminateProcess } from "@/db/runtime/processes";
import { prepareTestDatabase, seedTestDatabase, startNextServer, waitForHttpOk } from "./lib/start-test-server";

/**
 * How close the public job pages come to a static page: the production build (run `npm run build`
 * first) against a fresh seeded database, measured with wrk on loopback. The target from the
 * "Posting → requisition" issue is at least 50 % of the static page's requests per second.
 *
 * The yardstick is a truly static response of the same app: public/bench-static.html, a file Next
 * serves as it is, through the same proxy as every page (origin check, CSP, database gate) but with
 * no rendering. Since the CSP nonce every page renders per request (docs/security.md), so no page
 * can be that yardstick; /privacy is measured too, as a page without data.
 *
 *   npm run bench:public-pages
 *   BENCH_DURATION=30 BENCH_CONNECTIONS=64 BENCH_PORT=3391 npm run bench:public-pages
 *   NEXT_DIST_DIR=.next-mine BENCH_CLUSTER_DIR=.data/postgres-bench-mine npm run bench:public-pages
 */
const port = process.env.BENCH_PORT ?? "3390";
const duration = Number(process.env.BENCH_DURATION ?? 15);
const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const threads = Number(process.env.BENCH_THREADS ?? 2);
const origin = `http://127.0.0.1:${port}`;
// What a browser navigation (and a crawler) asks for. Only such requests are answered from the
// public-page cache (lib/security/rendered-page-cache.ts); every page here gets the same header.
const accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

const staticPage = "/bench-static.html";
const seedJobPage = "/jobs/backend-software-engineer";
const pages = [staticPage, "/jobs", seedJobPage, "/privacy"];
/** The pages the target is about; /privacy is shown for information. */
const targetPages = new Set(["/jobs", seedJobPage]);

// wrk's --latency table has no p95; its Lua `done` hook can print any percentile (microseconds).
const reportScript = `
done = function(summary, latency, requests)
  io.write(string.format("BENCH rps=%.2f p50=%d p95=%d p99=%d requests=%d errors=%d\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
`;

interface Result {
  path: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
}

function requireWrk(): void {
  if (spawnSync("wrk", ["--version"]).error) {
    console.error("wrk is not installed. On Debian/Ubuntu: `apt-get install -y wrk` (macOS: `brew install wrk`).");
    process.exit(1);
  }
}

/** Refuses a busy port: wrk would otherwise measure whatever server already listens there. */
async function requireFreePort(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`Port ${port} is in use; set BENCH_PORT to a free one.`)));
    probe.listen(Number(port), "127.0.0.1", () => probe.close(() => resolve()));
  });
}

function runWrk(pagePath: string, seconds: number, script: string): Result {
  const output = execFileSync("wrk", [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-H", `Accept: ${accept}`, "-s", script, `${origin}${pagePath}`], {
    encoding: "utf8",
  });
  const match = /BENCH rps=([\d.]+) p50=(\d+) p95=(\d+) p99=(\d+) requests=(\d+) errors=(\d+)/.exec(output);
  if (!match) throw new Error(`could not read wrk's output:\n${output}`);
  const [rps, p50, p95, p99, requests, errors] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return { path: pagePath, rps, p50, p95, p99, requests, errors };
}

const ms = (micros: number) => `${(micros / 1000).toFixed(1)} ms`;

function report(results: Result[]): void {
  const baseline = results.find((r) => r.path === staticPage);
  console.log(`\nwrk -t${threads} -c${connections} -d${duration}s -H "Accept: text/html,…", after a ${warmup} s warm-up per page, on ${origin}\n`);
  console.log(["page".padEnd(34), "req/s".padStart(9), "p50".padStart(10), "p95".padStart(10), "p99".padStart(10), "errors".padStart(7), "vs static".padStart(10)].join(""));
  for (const r of results) {
    const ratio = baseline ? `${((r.rps / baseline.rps) * 100).toFixed(0)} %` : "";
    console.log([r.path.padEnd(34), r.rps.toFixed(0).padStart(9), ms(r.p50).padStart(10), ms(r.p95).padStart(10), ms(r.p99).padStart(10), String(r.errors).padStart(7), ratio.padStart(10)].join(""));
  }
  const failing = results.filter((r) => baseline && targetPages.has(r.path) && r.rps < baseline.rps * 0.5);
  const errors = results.filter((r) => r.errors > 0);
  if (errors.length > 0) console.log(`\nResponses other than 2xx/3xx or socket errors on: ${errors.map((r) => r.path).join(", ")}`);
  console.log(failing.length === 0 ? "\nEvery job page reaches 50 % of the static page." : `\nBelow 50 % of the static page: ${failing.map((r) => r.path).join(", ")}`);
}

/**
 * A fast page that broke the nonce would be no win: two responses in a row must each carry a nonce
 * of their own, in the CSP header and on every script of the body.
 */
async function checkFreshNonces(pagePath: string): Promise<void> {
  const seen = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const response = await fetch(`${origin}${pagePath}`, { headers: { accept } });
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    const html = await response.text();
    const scripts = (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => !/application\/ld\+json/i.test(tag));
    if (!nonce || seen.has(nonce) || scripts.length === 0 || scripts.some((tag) => !tag.includes(`nonce="${nonce}"`))) {
      throw new Error(`${pagePath}: response ${i + 1} does not carry a fresh nonce on all its scripts`);
    }
    seen.add(nonce);
  }
}

async function main() {
  requireWrk();
  await requireFreePort();
  // next.config reads NEXT_DIST_DIR too, so a bench can measure a build in its own directory.
  if (!existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    console.error("No production build found: run `npm run build` first.");
    process.exit(1);
  }
  const { url, stopCluster } = await prepareTestDatabase({
    database: "shortlist_bench",
    clusterDir: process.env.BENCH_CLUSTER_DIR ?? ".data/postgres-bench",
    clusterPort: Number(process.env.BENCH_POSTGRES_PORT ?? 29332),
    log: () => undefined,
  });
  await seedTestDatabase(url);
  const server = startNextServer({ port, databaseUrl: url, stdio: "ignore", cluster: true });
  const scriptDir = mkdtempSync(path.join(tmpdir(), "shortlist-bench-"));
  const script = path.join(scriptDir, "report.lua");
  writeFileSync(script, reportScript);
  try {
    await waitForHttpOk(`${origin}/api/health`);
    for (const pagePath of pages) await waitForHttpOk(`${origin}${pagePath}`, 10_000);
    for (const pagePath of pages) if (pagePath !== staticPage) await checkFreshNonces(pagePath);
    const results: Result[] = [];
    for (const pagePath of pages) {
      runWrk(pagePath, warmup, script);
      results.push(runWrk(pagePath, duration, script));
    }
    report(results);
  } finally {
    rmSync(scriptDir, { recursive: true, force: true });
    await terminateProcess(server.pid ?? 0, "SIGTERM");
    await stopCluster();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
