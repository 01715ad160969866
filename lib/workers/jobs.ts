import { deliverDueMessages } from "./outbox-worker";
import { extractPendingResumeTexts } from "./resume-text-worker";
import { applyRetentionPolicy } from "./retention-worker";

export interface BackgroundJob {
  /** Unique; appears in logs. */
  name: string;
  run: () => Promise<void>;
}

/**
 * Every job the background loop runs in each app instance. Jobs must be safe to run in several
 * instances at once (claim work in Postgres, e.g. with FOR UPDATE SKIP LOCKED), and a job that
 * finds nothing to do should return quickly: the loop calls it every couple of seconds.
 */
export const backgroundJobs: readonly BackgroundJob[] = [
  {
    name: "outbox",
    run: async () => {
      await deliverDueMessages();
    },
  },
  {
    // Resumes whose text was not read right after upload (a restart, a crash): read them now.
    name: "resume-text",
    run: async () => {
      await extractPendingResumeTexts();
    },
  },
  {
    // Daily: anonymises rejected and withdrawn candidates after RETENTION_DAYS (docs/privacy.md).
    name: "retention",
    run: async () => {
      await applyRetentionPolicy();
    },
  },
];
