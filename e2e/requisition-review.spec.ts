import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { applyToSeedJob } from "./support/apply";
import { SEED_JOB_TITLE, signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";
import { remoteDataPosting } from "./support/postings";

test("a recruiter pastes a posting, fixes a field, moves a preferred item to required and publishes it", async ({ page }) => {
  const tag = randomBytes(3).toString("hex");
  const title = `Staff Data Engineer ${tag}`;
  await signIn(page, "recruiter");
  await page.getByRole("link", { name: "New requisition" }).click();
  await page.getByLabel("Posting text").fill(remoteDataPosting(title));
  await page.getByRole("button", { name: "Parse posting" }).click();

  await expect(page.getByRole("heading", { name: "Review the requisition" })).toBeFocused();
  await expect(page.getByLabel("Job title")).toHaveValue(title);
  await expect(page.getByLabel("Minimum")).toHaveValue("150000");
  await expect(page.getByLabel("Maximum")).toHaveValue("190000");
  await expect(page.getByLabel("Required qualification 2", { exact: true })).toHaveValue("Strong SQL and data modeling skills.");
  await expect(page.getByLabel("Preferred qualification 1", { exact: true })).toHaveValue("Experience with dbt.");

  await page.getByLabel("Department").fill("Data Platform Engineering");
  await page.getByRole("button", { name: "Make preferred qualification 1 required" }).click();
  await expect(page.getByLabel("Required qualification 3", { exact: true })).toHaveValue("Experience with dbt.");
  await expect(page.getByLabel("Required qualification 3", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Preferred qualification 1", { exact: true })).toHaveValue("Airflow in production.");
  // What was typed before the rearrangement is still there.
  await expect(page.getByLabel("Department")).toHaveValue("Data Platform Engineering");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Published: the job is live on the careers site." })).toBeVisible();

  await page.getByRole("link", { name: "Public job page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Data Platform Engineering")).toBeVisible();
  const required = page.getByRole("region", { name: "Required qualifications" }).getByRole("listitem");
  await expect(required).toHaveText(["5+ years building data pipelines in Python.", "Strong SQL and data modeling skills.", "Experience with dbt."]);
  await expect(page.getByRole("region", { name: "Preferred qualifications" }).getByRole("listitem")).toHaveText(["Airflow in production."]);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null") as Record<string, unknown>;
  expect(jsonLd).toMatchObject({ "@type": "JobPosting", title, directApply: true, baseSalary: { currency: "USD", value: { minValue: 150000, maxValue: 190000, unitText: "YEAR" } } });
  const publicUrl = page.url();

  // An edit to the live requisition shows on the public page straight away.
  await page.goBack();
  await page.getByRole("link", { name: "Edit posting" }).click();
  await page.getByLabel("Job title").fill(`${title} (Remote)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await page.goto(publicUrl);
  await expect(page.getByRole("heading", { level: 1, name: `${title} (Remote)` })).toBeVisible();
});

test("a draft keeps what was typed when saving fails, and saves once fixed", async ({ page }) => {
  const tag = randomBytes(3).toString("hex");
  await signIn(page, "recruiter");
  await page.goto("/dashboard/requisitions/new");
  await page.getByLabel("Posting text").fill(remoteDataPosting(`Analytics Engineer ${tag}`));
  await page.getByRole("button", { name: "Parse posting" }).click();
  await page.getByLabel("Minimum").fill("200000");
  await page.getByLabel("Maximum").fill("100000");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByLabel("Maximum")).toHaveAccessibleDescription("The minimum pay is above the maximum.");
  await expect(page.getByLabel("Minimum")).toHaveValue("200000");
  await page.getByLabel("Maximum").fill("250000");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Draft saved. Publish it when it is ready." })).toBeVisible();
  await expect(page.getByLabel("Maximum")).toHaveValue("250000");
});

test("an interviewer cannot open the new-requisition page, and sees no publishing controls", async ({ page }) => {
  await signIn(page, "interviewer");
  await expect(page.getByRole("link", { name: "New requisition" })).toHaveCount(0);
  const response = await page.goto("/dashboard/requisitions/new");
  expect(response?.status()).toBe(404);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await expect(page.getByRole("button", { name: /^(Publish|Pause|Close requisition)$/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit posting" })).toHaveCount(0);
  const edit = await page.goto(`${page.url()}/edit`);
  expect(edit?.status()).toBe(404);
});

test("a recruiter adds, renames, reorders and removes a stage, and cannot remove one that holds applications", async ({ page, browser }) => {
  const tag = randomBytes(3).toString("hex");
  const candidatePage = await browser.newPage();
  await applyToSeedJob(candidatePage, uniqueCandidate());
  await candidatePage.close();
  await signIn(page, "recruiter");
  await page.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await page.getByRole("link", { name: "Team and stages" }).click();
  await expect(page.getByRole("heading", { name: "Team and stages" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Applied" })).toBeDisabled();

  await page.getByLabel("New stage name").fill(`Take-home ${tag}`);
  await page.getByRole("button", { name: "Add stage" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Stages saved." })).toBeVisible();
  const row = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: `Remove Take-home ${tag}` }) });
  await row.getByRole("textbox", { name: /^Name of stage/ }).fill(`Work sample ${tag}`);
  await row.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("button", { name: `Remove Work sample ${tag}` })).toBeVisible();
  const stageNames = () => page.getByRole("textbox", { name: /^Name of stage/ }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect((await stageNames()).slice(-4)).toEqual(["Offer", `Work sample ${tag}`, "Hired", "Rejected"]);
  await page.getByRole("button", { name: `Move Work sample ${tag} up` }).click();
  await expect.poll(async () => (await stageNames()).slice(-4)).toEqual([`Work sample ${tag}`, "Offer", "Hired", "Rejected"]);

  await page.getByRole("button", { name: `Remove Work sample ${tag}` }).click();
  await expect(page.getByRole("button", { name: `Remove Work sample ${tag}` })).toHaveCount(0);
});
