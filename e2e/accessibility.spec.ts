import { expect, test } from "@playwright/test";
import { SEED_JOB_PATH, signIn } from "./support/demo";
import { expectNoSeriousViolations } from "./support/axe";


for (const path of ["/jobs", SEED_JOB_PATH, `${SEED_JOB_PATH}/apply`, "/login"]) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  });
}

test("the apply form with errors has no serious accessibility violations, and focus moves to the error", async ({ page }) => {
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
  await expect(page.getByLabel("First name")).toHaveAccessibleDescription("Enter your first name.");
  await expectNoSeriousViolations(page);
});

test("the dashboard pages have no serious accessibility violations", async ({ page }) => {
  await signIn(page, "hiring_manager");
  await expectNoSeriousViolations(page);
  await page.getByRole("link", { name: "Backend Software Engineer" }).click();
  await expectNoSeriousViolations(page);
});
