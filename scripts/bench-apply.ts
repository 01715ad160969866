import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { terminateProcess } from "@/db/runtime/processes";
import { makeLargePdf } from "@/lib/resumes/testing/make-pdf";
import { MultipartBody } from "./lib/multipart-body";
import { createPoster } from "./lib/post-buffer";
import { prepareTestDatabase, seedTestDatabase, startNextServer, waitForHttpOk } from "./lib/start-test-server";

/**
 * Applications per second against the production build (run `npm run build` first): BENCH_CONCURRENCY
 * submitters (default 10) post the real apply form — the same multipart request a browser without
 * JavaScript sends — for BENCH_DURATION seconds each with a 100 KB and then a 1 MB PDF, every one with
 * a unique email. Afterwards every acknowledged application is looked up in the database. Also prints
 * the apply page's first-load JavaScript, gzipped. Targets (applications issue): ≥ 100/s, p95 ≤ 250 ms.
 * The web server runs with BACKGROUND_JOBS=off beside `npm run worker`, both on this machine.
 *
 *   npm run bench:apply
 */
const port = process.env.BENCH_PORT ?? "3391";
const origin = `http://127.0.0.1:${port}`;
const duration = Number(process.env.BENCH_DURATION ?? 15);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 10);
const applyPath = "/jobs/backend-software-engineer/apply";

const decode = (value: string) => value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/**
 * The form as a browser loading the page gets it: hidden fields (the action's reference among them),
 * the qualification ids, and every script the page would run.
 */
async function readForm() {
  // What a browser's navigation sends: the proxy serves such a load without the framework's scripts.
  const html = await (await fetch(`${origin}${applyPath}`, { headers: { accept: "text/html", "sec-fetch-dest": "document" } })).text();
  const hidden: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) hidden.push([decode(match[1]!), decode(match[2] ?? "")]);
  const qualificationIds = [...new Set([...html.matchAll(/name="answer\.([0-9a-f-]{36})"/g)].map((m) => m[1]!))];
  const scriptTags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  // `noModule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules.
  const loaded = scriptTags.filter((m) => !/\bnomodule\b/i.test(m[1] ?? "") && !/type="application\/(?:ld\+)?json"/i.test(m[1] ?? ""));
  const files = [...new Set(loaded.map((m) => /\bsrc="([^"]+)"/.exec(m[1] ?? "")?.[1]).filter((src): src is string => Boolean(src)).map(decode))];
  const inline = loaded.filter((m) => !/\bsrc=/.test(m[1] ?? "")).map((m) => m[2] ?? "");
  return { hidden, qualificationIds, scripts: { files, inline } };
}

/**
 * Gzipped first-load JavaScript: every script file the page loads, and its inline scripts, each
 * compressed on its own as a server would send it.
 */
async function firstLoadJs({ files, inline }: { files: string[]; inline: string[] }): Promise<string> {
  let fileBytes = 0;
  for (const src of files) fileBytes += gzipSync(Buffer.from(await (await fetch(`${origin}${src}`)).arrayBuffer())).byteLength;
  const inlineBytes = inline.reduce((sum, source) => sum + gzipSync(Buffer.from(source)).byteLength, 0);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return `${kb(fileBytes + inlineBytes)} KB gzipped: ${files.length} files (${kb(fileBytes)} KB), ${inline.length} inline scripts (${kb(inlineBytes)} KB)`;
}

interface Round {
  label: string;
  accepted: string[];
  latencies: number[];
  errors: number;
  seconds: number;
}

async function round(label: string, pdf: Uint8Array<ArrayBuffer>, form: Awaited<ReturnType<typeof readForm>>, runId: string, seconds = duration): Promise<Round> {
  const accepted: string[] = [];
  const latencies: number[] = [];
  let errors = 0;
  const multipart = new MultipartBody();
  const post = createPoster();
  const fixed = [...form.hidden.filter(([name]) => name !== "submissionId" && name !== "resumeToken")];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let sequence = 0;
  const submitter = async () => {
    while (performance.now() < deadline) {
      const email = `bench-${runId}-${label}-${sequence++}@example.org`;
      const body = multipart.encode([
        ...fixed,
        ["submissionId", randomUUID()],
        ["firstName", "Bench"],
        ["lastName", `Candidate ${sequence}`],
        ["email", email],
        { name: "resume", filename: "resume.pdf", type: "application/pdf", bytes: pdf },
        ...form.qualificationIds.map((id): [string, string] => [`answer.${id}`, "yes"]),
        ["question.location", "Yes"],
        ["question.visa_sponsorship", "No"],
        ["consent", "yes"],
      ]);
      const t0 = performance.now();
      try {
        const response = await post(`${origin}${applyPath}`, body, { Origin: origin, "Content-Type": multipart.contentType });
        latencies.push(performance.now() - t0);
        if (response.status === 303 && /\/status\/[A-Za-z0-9_-]{43}\?submitted=1$/.test(response.location ?? "")) accepted.push(email);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, submitter));
  return { label, accepted, latencies, errors, seconds: (performance.now() - started) / 1000 };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function verify(databaseUrl: string, r: Round): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    const rows = await sql<{ email: string; n: number }[]>`
      select c.email, count(a.id)::int as n from candidates c join applications a on a.candidate_id = c.id
      where c.email like ${`bench-%-${r.label}-%`} group by c.email`;
    const found = new Map(rows.map((row) => [row.email, row.n]));
    const missing = r.accepted.filter((email) => found.get(email) !== 1).length;
    const halfWritten = await sql`select a.id from applications a left join resumes r on r.application_id = a.id where r.id is null`;
    return `${r.accepted.length - missing}/${r.accepted.length} acknowledged found exactly once; ${halfWritten.length} without a resume`;
  } finally {
    await sql.end();
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build found: run `npm run build` first.");
  // The benchmark is one client: raise the per-IP limit for this server only (it is never off by default).
  process.env.RATE_LIMIT_APPLY_PER_IP_HOUR = "100000000";
  const { url, stopCluster } = await prepareTestDatabase({ database: "shortlist_bench_apply", clusterDir: ".data/postgres-bench", clusterPort: Number(process.env.BENCH_POSTGRES_PORT ?? 29333), log: () => undefined });
  await seedTestDatabase(url);
  // As a deployment that cares about request latency runs it: web instance without background
  // jobs, and the jobs (emails, resume text) in a worker process of their own on the same machine.
  process.env.BACKGROUND_JOBS = "off";
  const server = startNextServer({ port, databaseUrl: url, stdio: "ignore", cluster: true });
  const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/run-worker.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  try {
    await waitForHttpOk(`${origin}/api/health`);
    const form = await readForm();
    console.log(`Apply page first-load JavaScript: ${await firstLoadJs(form.scripts)}`);
    const runId = randomUUID().slice(0, 8);
    // BENCH_SIZES=100kb (or 1mb) runs one of the two rounds, e.g. while profiling.
    const sizes = new Set((process.env.BENCH_SIZES ?? "100kb,1mb").split(","));
    for (const [label, size] of ([["100kb", 100 * 1024], ["1mb", 1024 * 1024]] as const).filter(([label]) => sizes.has(label))) {
      const pdf = makeLargePdf(size);
      await round(`warm${label}`, pdf, form, runId, 3);
      const r = await round(label, pdf, form, runId);
      console.log(
        `${concurrency} submitters, ${duration} s, ${(pdf.byteLength / 1024).toFixed(0)} KB PDF: ${(r.accepted.length / r.seconds).toFixed(1)} accepted/s, ` +
          `p50 ${percentile(r.latencies, 50).toFixed(0)} ms, p95 ${percentile(r.latencies, 95).toFixed(0)} ms, p99 ${percentile(r.latencies, 99).toFixed(0)} ms, ` +
          `${r.errors} errors; ${await verify(url, r)}`,
      );
    }
  } finally {
    await terminateProcess(server.pid ?? 0, "SIGTERM");
    await terminateProcess(worker.pid ?? 0, "SIGTERM");
    await stopCluster();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
