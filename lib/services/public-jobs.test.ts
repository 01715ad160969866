import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { organization, qualifications, requisitions } from "@/db/schema";
import { createTestRequisition } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { NotFoundError } from "./errors";
import { getOpenJob, getPublicJob, listJobFilterOptions, listOpenJobs, listOpenJobSlugs } from "./public-jobs";

withTestDatabase();

beforeAll(async () => {
  await getDb().insert(organization).values({ name: "Sesame" });
});

/** Every test works in a department of its own, so the shared database does not leak between tests. */
const uniqueDepartment = () => `Dept ${randomBytes(4).toString("hex")}`;

describe("getPublicJob", () => {
  it.each([
    ["open", null],
    ["paused", null],
    ["closed", "filled"],
    ["closed", "cancelled"],
  ] as const)("shows a %s job (close reason %s) with its sections and the organisation", async (status, closeReason) => {
    const { slug, id } = await createTestRequisition({ status });
    if (closeReason) await getDb().update(requisitions).set({ closeReason }).where(eq(requisitions.id, id));
    const page = await getPublicJob(slug);
    expect(page).toMatchObject({ status, closeReason, organizationName: "Sesame" });
    expect(page.job.requiredQualifications.map((q) => q.text)).toEqual(["Five years of Go.", "Operated PostgreSQL in production."]);
    expect(page.job.preferredQualifications.map((q) => q.text)).toEqual(["Terraform."]);
    expect(page.job.validThrough).toBeNull();
  });

  it("does not reveal a draft, or a slug that does not exist", async () => {
    const { slug } = await createTestRequisition({ status: "draft" });
    await expect(getPublicJob(slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPublicJob("no-such-job-anywhere")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives the requisition's own end date, and leaves out archived qualifications", async () => {
    const { slug, id } = await createTestRequisition();
    const validThrough = new Date("2027-03-01T00:00:00.000Z");
    await getDb().update(requisitions).set({ validThrough }).where(eq(requisitions.id, id));
    await getDb()
      .update(qualifications)
      .set({ archivedAt: new Date() })
      .where(and(eq(qualifications.requisitionId, id), eq(qualifications.kind, "preferred")));
    const page = await getPublicJob(slug);
    expect(page.job.validThrough).toEqual(validThrough);
    expect(page.job.preferredQualifications).toEqual([]);
  });

  it("has no close reason for a job that is not closed, even if one was left behind", async () => {
    const { slug, id } = await createTestRequisition({ status: "paused" });
    await getDb().update(requisitions).set({ closeReason: "filled" }).where(eq(requisitions.id, id));
    expect((await getPublicJob(slug)).closeReason).toBeNull();
  });
});

describe("getOpenJob", () => {
  it.each(["paused", "closed", "draft"] as const)("treats a %s job as not found", async (status) => {
    const { slug } = await createTestRequisition({ status });
    await expect(getOpenJob(slug)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("returns an open job", async () => {
    const { slug } = await createTestRequisition();
    expect((await getOpenJob(slug)).slug).toBe(slug);
  });
});

describe("listOpenJobs", () => {
  async function board(department: string) {
    const make = (title: string, status: "open" | "paused" | "closed" | "draft", locations: string[], workplaceType: "onsite" | "hybrid" | "remote") =>
      createTestRequisition({ status, posting: { title: `${title} ${department}`, department, locations, workplaceType } });
    await make("A Remote US", "open", ["Remote (US)"], "remote");
    await make("B London", "open", ["London, UK", "Berlin, Germany"], "hybrid");
    await make("C Berlin", "open", ["Berlin, Germany"], "onsite");
    await make("D Paused", "paused", ["London, UK"], "remote");
    await make("E Closed", "closed", ["London, UK"], "remote");
    await make("F Draft", "draft", ["London, UK"], "remote");
  }
  const titles = async (filters: Parameters<typeof listOpenJobs>[0]) => (await listOpenJobs(filters)).map((job) => job.title.split(" Dept")[0]);

  it.each([
    ["department alone", {}, ["A Remote US", "B London", "C Berlin"]],
    ["workplace", { workplace: "remote" as const }, ["A Remote US"]],
    ["location, as one of several", { location: "Berlin, Germany" }, ["B London", "C Berlin"]],
    ["location and workplace", { location: "Berlin, Germany", workplace: "onsite" as const }, ["C Berlin"]],
    ["a location only closed jobs have", { location: "Nowhere, XX" }, []],
  ])("filters by %s, listing open jobs only, by title", async (_name, filters, expected) => {
    const department = uniqueDepartment();
    await board(department);
    expect(await titles({ department, ...filters })).toEqual(expected);
  });

  it("lists every open job without filters", async () => {
    const { slug } = await createTestRequisition();
    const { slug: paused } = await createTestRequisition({ status: "paused" });
    const slugs = (await listOpenJobs()).map((job) => job.slug);
    expect(slugs).toContain(slug);
    expect(slugs).not.toContain(paused);
  });
});

describe("listJobFilterOptions", () => {
  it("offers the values of open jobs only, sorted, workplace types in their natural order", async () => {
    const department = uniqueDepartment();
    await createTestRequisition({ posting: { department, locations: ["Zürich, Switzerland", "Austin, TX"], workplaceType: "remote" } });
    await createTestRequisition({ posting: { department, locations: ["Austin, TX"], workplaceType: "onsite" } });
    const closedDepartment = uniqueDepartment();
    await createTestRequisition({ status: "closed", posting: { department: closedDepartment, locations: ["Closedtown, ZZ"], workplaceType: "hybrid" } });
    const options = await listJobFilterOptions();
    expect(options.departments).toContain(department);
    expect(options.departments).not.toContain(closedDepartment);
    expect(options.locations).toEqual(expect.arrayContaining(["Austin, TX", "Zürich, Switzerland"]));
    expect(options.locations).not.toContain("Closedtown, ZZ");
    expect(options.locations).toEqual([...options.locations].sort((a, b) => a.localeCompare(b, "en")));
    expect(new Set(options.locations).size).toBe(options.locations.length);
    expect(options.workplaceTypes.indexOf("onsite")).toBeLessThan(options.workplaceTypes.indexOf("remote"));
  });
});

describe("listOpenJobSlugs", () => {
  it("lists open jobs only", async () => {
    const { slug } = await createTestRequisition();
    const { slug: draft } = await createTestRequisition({ status: "draft" });
    const slugs = (await listOpenJobSlugs()).map((row) => row.slug);
    expect(slugs).toContain(slug);
    expect(slugs).not.toContain(draft);
  });
});
