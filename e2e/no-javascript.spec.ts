import { expect, test } from "@playwright/test";
import { applyToSeedJob, fillSeedApplication } from "./support/apply";
import { SEED_JOB_PATH, SEED_JOB_TITLE, demoLogin, filterBoard } from "./support/demo";
import { uniqueCandidate } from "./support/files";

test.use({ javaScriptEnabled: false });

test("a candidate applies and the team signs in and moves them with JavaScript disabled", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);

  const team = await browser.newPage({ javaScriptEnabled: false });
  const { email, password } = demoLogin("recruiter");
  await team.goto("/login");
  await team.getByLabel("Email").fill(email);
  await team.getByLabel("Password").fill(password);
  await team.getByRole("button", { name: "Sign in" }).click();
  await expect(team).toHaveURL(/\/dashboard$/);
  await team.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(team, `${candidate.firstName} ${candidate.lastName}`);
  await team.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).click();
  await team.getByLabel("Move to").selectOption({ label: "Technical screen" });
  await team.getByRole("button", { name: "Move" }).click();
  await expect(team.getByRole("main").getByRole("status").filter({ hasText: "Moved to Technical screen." })).toBeVisible();
  await team.reload();
  await expect(team.getByText("Current stage: Technical screen")).toBeVisible();
});

test("a form error without JavaScript keeps what the candidate typed", async ({ page }) => {
  const candidate = uniqueCandidate();
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await fillSeedApplication(page, { ...candidate, email: "not-an-email" });
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByLabel("Email", { exact: true })).toHaveAccessibleDescription(/valid email/);
  await expect(page.getByLabel("First name")).toHaveValue(candidate.firstName);
  await expect(page.getByLabel("Last name")).toHaveValue(candidate.lastName);
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("not-an-email");
});
