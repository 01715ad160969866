import { backgroundJobs } from "./jobs";

/**
 * The in-process loop that runs background jobs in every app instance. Each job runs at most once
 * at a time per process, a slow job never holds up the others, and a failing job is logged and
 * tried again on the next tick. Jobs coordinate across instances through Postgres, not here.
 */

type JobRun = () => Promise<void>;

interface WorkerState {
  jobs: Map<string, JobRun>;
  inFlight: Map<string, Promise<void>>;
  lastLogged: Map<string, { code: string; at: number }>;
  timer?: ReturnType<typeof setInterval>;
}

// On globalThis so that dev-mode module reloading neither starts a second loop nor forgets jobs.
const globalForWorkers = globalThis as unknown as { shortlistBackgroundWorkers?: WorkerState };

function state(): WorkerState {
  globalForWorkers.shortlistBackgroundWorkers ??= { jobs: new Map(), inFlight: new Map(), lastLogged: new Map() };
  return globalForWorkers.shortlistBackgroundWorkers;
}

/** Adds a job, or replaces the one with the same name (so a reloaded module does not add it twice). */
export function registerBackgroundJob(name: string, run: JobRun): void {
  state().jobs.set(name, run);
}

for (const job of backgroundJobs) registerBackgroundJob(job.name, job.run);

const REPEAT_LOG_AFTER_MS = 60_000;

// Error names and codes only: messages can quote candidate data (a constraint violation's key).
function errorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const name = error instanceof Error ? error.name : typeof error;
  return typeof code === "string" || typeof code === "number" ? `${name} ${code}` : name;
}

function logFailure(name: string, error: unknown): void {
  const code = errorCode(error);
  const now = Date.now();
  const last = state().lastLogged.get(name);
  // A job failing every tick (database down) logs once a minute, not every two seconds.
  if (last && last.code === code && now - last.at < REPEAT_LOG_AFTER_MS) return;
  state().lastLogged.set(name, { code, at: now });
  console.error(`[background] job ${name} failed (${code})`);
}

function runJob(name: string, run: JobRun): Promise<void> {
  const { inFlight, lastLogged } = state();
  const running = inFlight.get(name);
  if (running) return running;
  const started = (async () => {
    try {
      await run();
      lastLogged.delete(name);
    } catch (error) {
      logFailure(name, error);
    } finally {
      inFlight.delete(name);
    }
  })();
  inFlight.set(name, started);
  return started;
}

/** Runs every registered job once (joining runs already in progress) and waits for them. For tests and scripts. */
export async function runBackgroundJobsOnce(): Promise<void> {
  await Promise.all([...state().jobs].map(([name, run]) => runJob(name, run)));
}

/**
 * Starts the loop once per process; later calls do nothing. `shouldRun`, asked before each tick,
 * lets a dedicated worker postpone its jobs while the machine is busy (lib/workers/yield-when-busy.ts).
 */
export function startBackgroundWorkers(options: { intervalMs?: number; shouldRun?: () => boolean } = {}): void {
  const current = state();
  if (current.timer) return;
  const tick = () => {
    if (options.shouldRun && !options.shouldRun()) return;
    for (const [name, run] of current.jobs) void runJob(name, run);
  };
  current.timer = setInterval(tick, options.intervalMs ?? 2_000);
  // The loop must never be what keeps the process alive at shutdown.
  current.timer.unref();
  tick();
}

/** Stops the loop and waits for running jobs to finish. */
export async function stopBackgroundWorkers(): Promise<void> {
  const current = state();
  if (current.timer) clearInterval(current.timer);
  current.timer = undefined;
  await Promise.all(current.inFlight.values());
}
