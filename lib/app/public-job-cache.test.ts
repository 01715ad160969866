import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { requisitions } from "@/db/schema";
import { createTestRequisition } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { stopLiveHub } from "@/lib/live/live-hub";
import { cachedOpenJobSlugs, cachedPublicJob, revalidatePublicJobs } from "./public-job-cache";

withTestDatabase();
afterAll(() => stopLiveHub());

/** A change made by another process: straight in the database, which this process's cache does not see. */
const closeBehindTheCache = (id: string) => getDb().update(requisitions).set({ status: "closed", closeReason: "filled" }).where(eq(requisitions.id, id));

it("serves a job from the cache until this process invalidates it, then reads it afresh", async () => {
  const { id, slug } = await createTestRequisition({ status: "open" });
  expect((await cachedPublicJob(slug))?.status).toBe("open");
  expect((await cachedOpenJobSlugs()).map((job) => job.slug)).toContain(slug);
  await closeBehindTheCache(id);
  expect((await cachedPublicJob(slug))?.status).toBe("open");
  expect((await cachedOpenJobSlugs()).map((job) => job.slug)).toContain(slug);

  await revalidatePublicJobs();
  expect((await cachedPublicJob(slug))?.status).toBe("closed");
  expect((await cachedOpenJobSlugs()).map((job) => job.slug)).not.toContain(slug);
});

it("empties the cache when another process announces a change through PostgreSQL", async () => {
  const { id, slug } = await createTestRequisition({ status: "open" });
  expect((await cachedPublicJob(slug))?.status).toBe("open");
  await closeBehindTheCache(id);
  expect((await cachedPublicJob(slug))?.status).toBe("open");

  // What revalidatePublicJobs sends from the other process, on a connection of its own.
  const other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
  try {
    await other`select pg_notify('shortlist_public_jobs', '')`;
  } finally {
    await other.end();
  }
  await expect.poll(async () => (await cachedPublicJob(slug))?.status, { timeout: 5_000 }).toBe("closed");
});

it("remembers an unknown slug as not found, and finds it once it is published and announced", async () => {
  const { id, slug } = await createTestRequisition({ status: "draft" });
  expect(await cachedPublicJob(slug)).toBeNull();
  await getDb().update(requisitions).set({ status: "open" }).where(eq(requisitions.id, id));
  expect(await cachedPublicJob(slug)).toBeNull();
  await revalidatePublicJobs();
  expect((await cachedPublicJob(slug))?.status).toBe("open");
});
