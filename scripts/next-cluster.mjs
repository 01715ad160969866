// `next start` on every CPU core: Node runs JavaScript on one thread, so a single Next.js server
// leaves the other cores to PostgreSQL and idle time. node:cluster forks WEB_CONCURRENCY workers
// (default: one per core) that share the listening port; the primary only hands out connections.
//
// Nothing in the app assumes one process: limits, locks, live updates and jobs go through
// PostgreSQL (the two-instances drill checks it), and each worker drains on SIGTERM by itself.
//
//   node scripts/next-cluster.mjs --port 3000 [--hostname 127.0.0.1] [--keepAliveTimeout ms]
//
// Plain JavaScript on purpose: workers start Next.js directly, without a TypeScript loader.
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";

const require = createRequire(import.meta.url);

/** WEB_CONCURRENCY as Heroku and most Node hosts name it; invalid values fall back to the core count. */
function workerCount(value = process.env.WEB_CONCURRENCY, cores = availableParallelism()) {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : cores;
}

// How long an idle keep-alive connection stays open. Node's default (5 s) closes it while clients
// and load balancers still count it as reusable: a request they send on it as the server closes
// it gets a reset, not a response. Node's HTTP client and Playwright's request context hold idle
// sockets without a limit of their own, and a client that is busy when the server's FIN arrives
// reuses the socket anyway (the interview-plan browser test failed so, on CI). Proxies such as
// AWS's load balancers keep idle connections for 60 s, so the server waits longer than that.
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

if (cluster.isPrimary) {
  const wanted = workerCount();
  let stopping = false;
  // A larger young generation: rendering a page allocates many short-lived objects, and the
  // default (16 MB) collects them several times per request. NODE_OPTIONS can still override it.
  cluster.setupPrimary({ execArgv: ["--max-semi-space-size=32", ...process.execArgv] });
  // Background jobs (email, resume text, retention) run in one worker only: they are claimed in
  // PostgreSQL, so one loop per machine is enough, and a loop in every worker doubled the CPU they
  // take from requests during a burst (`npm run bench:apply` with the jobs in the web process: 61
  // applications/s on average with a loop per worker, 79 with one). The worker that replaces the
  // jobs worker takes its role.
  let jobsWorkerId = -1;
  // The proxy renders some pages by asking its own port over loopback (lib/security/public-page-template.ts),
  // and the primary may hand that request to another worker: every worker must know the secret that
  // marks it and the placeholder nonce it renders with, or each would take the other's inner request
  // for a visitor's and ask again, until the render times out.
  const shared = {
    SHORTLIST_PAGE_TEMPLATE_SECRET: randomBytes(16).toString("base64"),
    SHORTLIST_PAGE_TEMPLATE_PLACEHOLDER: randomBytes(16).toString("base64"),
  };
  const fork = (runsJobs) => {
    const worker = cluster.fork(runsJobs ? shared : { ...shared, BACKGROUND_JOBS: "off" });
    if (runsJobs) jobsWorkerId = worker.id;
  };
  for (let i = 0; i < wanted; i++) fork(i === 0);
  // A worker that dies on its own (a crash, the OOM killer) is replaced; one that was told to stop is not.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Worker ${worker.process.pid} exited (${signal ?? code}); starting another.`);
    const runsJobs = worker.id === jobsWorkerId;
    setTimeout(() => fork(runsJobs), 1_000);
  });
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(0);
    // Each worker drains its own requests (lib/app/shutdown.ts); a supervisor that signals the
    // whole process group has already told them, and a second signal is ignored by Next.
    for (const worker of alive) worker?.process.kill(signal);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} else {
  // Without the primary no connection can arrive: do not linger as an orphan (after a kill -9).
  process.on("disconnect", () => process.exit(1));
  const args = process.argv.slice(2);
  process.argv = [process.execPath, "next", "start", ...args, ...(args.includes("--keepAliveTimeout") ? [] : ["--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS)])];
  require("next/dist/bin/next");
}
