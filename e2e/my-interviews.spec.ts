import { expect, test } from "@playwright/test";
import { signIn } from "./support/demo";

test("an interviewer finds their interviews from the navigation", async ({ page }) => {
  await signIn(page, "interviewer");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My interviews" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My interviews" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Scorecards due" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Upcoming" })).toBeVisible();
});

test("an interview that does not exist, or is not theirs, is not found", async ({ page }) => {
  await signIn(page, "interviewer");
  for (const path of ["/dashboard/interviews/00000000-0000-4000-8000-000000000000/scorecard", "/dashboard/interviews/00000000-0000-4000-8000-000000000000/invite.ics"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
});
