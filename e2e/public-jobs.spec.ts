import { expect, test, type Page } from "@playwright/test";
import { SEED_JOB_PATH, SEED_JOB_TITLE } from "./support/demo";
import { expectNoSeriousViolations } from "./support/axe";

// Jobs that scripts/e2e-server.ts seeds beside the seed job, one per public state.
const remoteJob = { title: "Remote Support Specialist", path: "/jobs/remote-support-specialist" };
const pausedJob = { title: "Support Team Lead", path: "/jobs/support-team-lead" };
const filledJob = { title: "Support Operations Analyst", path: "/jobs/support-operations-analyst" };
const cancelledJob = { title: "Support Trainer", path: "/jobs/support-trainer" };
const draftJobPath = "/jobs/support-apprentice";

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
}


test.describe("the job board without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters by workplace through its form, keeping the filters in the URL, and clears them", async ({ page }) => {
    await page.goto("/jobs");
    await expect(page.getByRole("link", { name: SEED_JOB_TITLE })).toBeVisible();
    await page.getByLabel("Workplace").selectOption({ label: "Remote" });
    await page.getByRole("button", { name: "Apply filters" }).click();

    await expect(page).toHaveURL(/\/jobs\?(.*&)?workplace=remote(&|$)/);
    await expect(page.getByRole("link", { name: remoteJob.title })).toBeVisible();
    // Other specs may publish remote jobs while this runs: the count must agree with the list.
    const shown = await page.getByRole("main").getByRole("listitem").count();
    await expect(page.getByText(`${shown} open ${shown === 1 ? "job matches" : "jobs match"} these filters.`)).toBeVisible();
    await expect(page.getByRole("link", { name: SEED_JOB_TITLE })).toHaveCount(0);
    await expect(page.getByLabel("Workplace")).toHaveValue("remote");

    await page.getByRole("link", { name: "Clear" }).click();
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(page.getByRole("link", { name: SEED_JOB_TITLE })).toBeVisible();
    await expect(page.getByLabel("Workplace")).toHaveValue("");
  });

  test("ignores filter values it does not know instead of failing", async ({ page }) => {
    const response = await page.goto("/jobs?workplace=moon&department=Nowhere");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("link", { name: SEED_JOB_TITLE })).toBeVisible();
    await expect(page.getByLabel("Workplace")).toHaveValue("");
  });
});

test("the board lists open jobs only", async ({ page }) => {
  await page.goto("/jobs");
  await expect(page.getByRole("link", { name: remoteJob.title })).toBeVisible();
  for (const hidden of [pausedJob, filledJob, cancelledJob]) await expect(page.getByRole("link", { name: hidden.title })).toHaveCount(0);
});

test("a job page's JSON-LD has what Google for Jobs needs and says what the page says", async ({ page }) => {
  await page.goto(SEED_JOB_PATH);
  const [ld, ...others] = await jsonLd(page);
  expect(others).toEqual([]);
  expect(ld).toMatchObject({
    "@context": "https://schema.org",
    "@type": "JobPosting",
    hiringOrganization: { "@type": "Organization", name: "Sesame" },
    directApply: true,
    baseSalary: { "@type": "MonetaryAmount", currency: "USD", value: { "@type": "QuantitativeValue", unitText: "YEAR" } },
  });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(String(ld?.title));
  // The seed posting states no employment type, so neither the page nor the markup claims one.
  expect(ld).not.toHaveProperty("employmentType");
  await expect(page.getByText("Employment", { exact: true })).toHaveCount(0);
  expect(Date.parse(String(ld?.datePosted))).toBeLessThan(Date.parse(String(ld?.validThrough)));
  expect(ld?.jobLocation).toContainEqual({
    "@type": "Place",
    address: { "@type": "PostalAddress", addressLocality: "San Francisco", addressRegion: "CA", addressCountry: "US" },
  });

  const pay = (ld?.baseSalary as { value: { minValue: number; maxValue: number } }).value;
  const dollars = (n: number) => `$${n.toLocaleString("en-US")}`;
  await expect(page.getByText(`${dollars(pay.minValue)} – ${dollars(pay.maxValue)} per year`)).toBeVisible();

  // The description is the visible sections: the same list items, in the same order.
  const describedItems = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    return [...doc.querySelectorAll("li")].map((li) => li.textContent);
  }, String(ld?.description));
  const visibleItems = await page.getByRole("main").locator("section li").allTextContents();
  expect(describedItems).toEqual(visibleItems);
  expect(ld?.qualifications).toEqual(await page.getByRole("region", { name: "Required qualifications" }).getByRole("listitem").allTextContents());
});

test("a remote job is marked as telecommuting, with where applicants may live", async ({ page }) => {
  await page.goto(remoteJob.path);
  const [ld] = await jsonLd(page);
  expect(ld).toMatchObject({
    title: remoteJob.title,
    employmentType: "PART_TIME",
    jobLocationType: "TELECOMMUTE",
    applicantLocationRequirements: [{ "@type": "Country", name: "United States" }],
    baseSalary: { value: { minValue: 28, maxValue: 36, unitText: "HOUR" } },
  });
  await expect(page.getByText("$28 – $36 per hour")).toBeVisible();
});

test("markup in posting text stays text, in the page and in the JSON-LD", async ({ page }) => {
  const hostile = "Snacks </script><script>window.__injected = true</script> & <!-- more";
  await page.goto(remoteJob.path);
  await expect(page.getByRole("region", { name: "Benefits" }).getByRole("listitem").filter({ hasText: "Snacks" })).toHaveText(hostile);
  const [ld] = await jsonLd(page);
  expect(ld?.jobBenefits).toContain(hostile);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("a job page has its own Open Graph title and description", async ({ page }) => {
  await page.goto(SEED_JOB_PATH);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", SEED_JOB_TITLE);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /^Builds scalable backend systems/);
});

for (const [job, message] of [
  [pausedJob, "This job is paused — applications are not being accepted right now."],
  [filledJob, "This position has been filled."],
  [cancelledJob, "This job is no longer open."],
] as const) {
  test(`${job.title}: the page says "${message}" and offers no apply link and no JSON-LD`, async ({ page }) => {
    const response = await page.goto(job.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: job.title })).toBeVisible();
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByRole("link", { name: "Apply for this job" })).toHaveCount(0);
    expect(await jsonLd(page)).toEqual([]);
    await expectNoSeriousViolations(page);
  });
}

test("a closed job's apply page answers 410 Gone and says the job is closed", async ({ page }) => {
  const response = await page.goto(`${filledJob.path}/apply`);
  expect(response?.status()).toBe(410);
  await expect(page.getByText("This position has been filled.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit application" })).toHaveCount(0);
});

test("a paused job's apply page says applications are paused, without a form", async ({ page }) => {
  const response = await page.goto(`${pausedJob.path}/apply`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: /^Applications are paused/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit application" })).toHaveCount(0);
  await expectNoSeriousViolations(page);
});

test("a draft and an unknown job are not found, apply page included", async ({ request }) => {
  for (const path of [draftJobPath, `${draftJobPath}/apply`, "/jobs/no-such-job", "/jobs/Not_A_Slug"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("robots.txt lets crawlers into the jobs and keeps them out of the team's pages", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toContain("Allow: /jobs");
  for (const path of ["/dashboard", "/api", "/login"]) expect(body).toContain(`Disallow: ${path}`);
  expect(body).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("sitemap.xml lists the board and the open jobs only", async ({ request, baseURL }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const body = await response.text();
  for (const path of ["/jobs", SEED_JOB_PATH, remoteJob.path]) expect(body).toContain(`<loc>${baseURL}${path}</loc>`);
  for (const job of [pausedJob, filledJob, cancelledJob]) expect(body).not.toContain(job.path);
  expect(body).not.toContain(draftJobPath);
});

test("the board, filtered and not, and the privacy notice have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/jobs", "/jobs?workplace=remote", "/jobs?department=Nowhere", "/privacy"]) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await expect(page.getByText(/365 days after the last activity/)).toBeVisible();
});
