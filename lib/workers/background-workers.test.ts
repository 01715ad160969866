import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { enqueueEmail } from "@/lib/services/outbox";
import { registerBackgroundJob, runBackgroundJobsOnce, startBackgroundWorkers, stopBackgroundWorkers } from "./background-workers";

withTestDatabase();

afterEach(async () => {
  await stopBackgroundWorkers();
  vi.restoreAllMocks();
});

describe("background jobs", () => {
  it("deliver queued email through the outbox job", async () => {
    const { id } = await enqueueEmail(getDb(), { to: uniqueEmail(), subject: "Hello", text: "Hi." });
    await runBackgroundJobsOnce();
    const [row] = await getDb().select().from(outboxMessages).where(eq(outboxMessages.id, id));
    expect(row?.status).toBe("sent");
  });

  it("log a failing job by name and code only, and keep running the others", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let ran = 0;
    registerBackgroundJob("test-failing", async () => {
      throw Object.assign(new Error("duplicate key: (email)=(ada@example.org)"), { code: "23505" });
    });
    registerBackgroundJob("test-counting", async () => {
      ran += 1;
    });
    await runBackgroundJobsOnce();
    await runBackgroundJobsOnce();
    expect(ran).toBe(2);
    expect(errors.mock.calls.map((call) => call.join(" "))).toEqual(["[background] job test-failing failed (Error 23505)"]);
    registerBackgroundJob("test-failing", async () => undefined);
  });

  it("never overlap runs of the same job", async () => {
    let running = 0;
    let maxRunning = 0;
    registerBackgroundJob("test-slow", async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 50));
      running -= 1;
    });
    await Promise.all([runBackgroundJobsOnce(), runBackgroundJobsOnce(), runBackgroundJobsOnce()]);
    expect(maxRunning).toBe(1);
  });

  it("start one loop per process, however often they are started, and stop", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      let runs = 0;
      registerBackgroundJob("test-ticks", async () => {
        runs += 1;
      });
      startBackgroundWorkers({ intervalMs: 1_000 });
      startBackgroundWorkers({ intervalMs: 1_000 });
      await vi.advanceTimersByTimeAsync(5_000);
      // Once at start, then once a second: a second loop would double this.
      expect(runs).toBe(6);
      await stopBackgroundWorkers();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(runs).toBe(6);
    } finally {
      vi.useRealTimers();
    }
  });

  it("skip a tick when the gate says the machine is busy, and run the next one it allows", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      let runs = 0;
      registerBackgroundJob("test-gated", async () => {
        runs += 1;
      });
      const answers = [true, false, false, true];
      startBackgroundWorkers({ intervalMs: 1_000, shouldRun: () => answers.shift() ?? false });
      await vi.advanceTimersByTimeAsync(5_000);
      expect(runs).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
