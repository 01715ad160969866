import { expect, test } from "@playwright/test";
import { SEED_JOB_PATH, SEED_JOB_TITLE, demoLogin } from "./support/demo";
import { pdfUpload, uniqueCandidate } from "./support/files";

test.use({ javaScriptEnabled: false });

test("a candidate applies and the team signs in and moves them with JavaScript disabled", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await page.getByLabel("First name").fill(candidate.firstName);
  await page.getByLabel("Last name").fill(candidate.lastName);
  await page.getByLabel("Email").fill(candidate.email);
  await page.getByLabel("Resume").setInputFiles(pdfUpload());
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();

  const team = await browser.newPage({ javaScriptEnabled: false });
  const { email, password } = demoLogin("recruiter");
  await team.goto("/login");
  await team.getByLabel("Email").fill(email);
  await team.getByLabel("Password").fill(password);
  await team.getByRole("button", { name: "Sign in" }).click();
  await expect(team).toHaveURL(/\/dashboard$/);
  await team.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await team.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).click();
  await team.getByLabel("Move to").selectOption({ label: "Technical screen" });
  await team.getByRole("button", { name: "Move" }).click();
  await expect(team.getByRole("main").getByRole("status")).toHaveText("Moved to Technical screen.");
  await team.reload();
  await expect(team.getByText("Current stage: Technical screen")).toBeVisible();
});

test("a form error without JavaScript keeps what the candidate typed", async ({ page }) => {
  const candidate = uniqueCandidate();
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await page.getByLabel("First name").fill(candidate.firstName);
  await page.getByLabel("Last name").fill(candidate.lastName);
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Resume").setInputFiles(pdfUpload());
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/valid email/);
  await expect(page.getByLabel("First name")).toHaveValue(candidate.firstName);
  await expect(page.getByLabel("Last name")).toHaveValue(candidate.lastName);
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
});
