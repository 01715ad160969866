/**
 * Next.js calls register() once when a server instance starts. Background jobs (email delivery,
 * see lib/workers/jobs.ts) run inside every app instance unless BACKGROUND_JOBS=off; they
 * coordinate through Postgres, so running several instances (and `npm run worker`) is safe.
 */
export async function register() {
  // Written as a positive check so the bundler drops the import from the edge build.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // `next build` loads the app to prerender pages; it must not start sending mail.
    if (process.env.NEXT_PHASE === "phase-production-build") return;
    const { watchForShutdown } = await import("./lib/app/shutdown");
    watchForShutdown();
    // A deployment may run the jobs in their own process instead (`npm run worker`).
    if (process.env.BACKGROUND_JOBS === "off") return;
    if (!process.env.DATABASE_URL) {
      console.warn("[background] DATABASE_URL is not set: background jobs (email delivery) are not started.");
      return;
    }
    const { startBackgroundWorkers } = await import("./lib/workers/background-workers");
    startBackgroundWorkers();
  }
}
