import { expect, type Page } from "@playwright/test";
import { pdfUpload } from "./files";
import { SEED_JOB_PATH } from "./demo";

export async function applyToSeedJob(page: Page, candidate: { firstName: string; lastName: string; email: string }) {
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await page.getByLabel("First name").fill(candidate.firstName);
  await page.getByLabel("Last name").fill(candidate.lastName);
  await page.getByLabel("Email").fill(candidate.email);
  await page.getByLabel("Resume").setInputFiles(pdfUpload());
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
}
