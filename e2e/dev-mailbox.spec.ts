import { expect, test } from "@playwright/test";
import { applyToSeedJob } from "./support/apply";
import { signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";

test("an admin opens the dev mailbox", async ({ page }) => {
  await signIn(page, "admin");
  const response = await page.goto("/dashboard/dev/mailbox");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Dev mailbox" })).toBeVisible();
  await expect(page.getByText(/\d+ pending · \d+ sent · \d+ dead/)).toBeVisible();
});

test("a recruiter gets not-found for the dev mailbox and its messages", async ({ page }) => {
  await signIn(page, "recruiter");
  for (const path of ["/dashboard/dev/mailbox", "/dashboard/dev/mailbox/00000000-0000-4000-8000-000000000000"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Dev mailbox" })).toHaveCount(0);
  }
});

test("a signed-out visitor is sent to sign in", async ({ page }) => {
  await page.goto("/dashboard/dev/mailbox");
  await expect(page).toHaveURL(/\/login/);
});

test("the confirmation email with the private status link arrives in the dev mailbox", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);
  const statusPath = new URL(page.url()).pathname;

  const admin = await browser.newPage();
  await signIn(admin, "admin");
  // Delivery is the background job's, every couple of seconds.
  await expect(async () => {
    await admin.goto("/dashboard/dev/mailbox");
    await expect(admin.getByRole("row", { name: new RegExp(candidate.email) })).toContainText("Sent", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await admin.getByRole("row", { name: new RegExp(candidate.email) }).getByRole("link").first().click();
  await expect(admin.getByText("Subject: Your application for Backend Software Engineer").or(admin.getByText("Your application for Backend Software Engineer")).first()).toBeVisible();
  await expect(admin.locator("pre").filter({ hasText: statusPath }).first()).toBeVisible();
});
