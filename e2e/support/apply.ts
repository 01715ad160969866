import { expect, type Page } from "@playwright/test";
import { pdfUpload } from "./files";
import { SEED_JOB_PATH } from "./demo";

export interface Candidate {
  firstName: string;
  lastName: string;
  email: string;
}

/** A file as Playwright uploads it. */
export type Upload = ReturnType<typeof pdfUpload>;

/** Fills everything the seed job's form requires: contact, resume (an empty page unless given), each required qualification, questions, consent. */
export async function fillSeedApplication(page: Page, candidate: Candidate, options: { answer?: "Yes" | "Partly" | "No"; leaveUnanswered?: string; resume?: Upload } = {}) {
  await page.getByLabel("First name").fill(candidate.firstName);
  await page.getByLabel("Last name").fill(candidate.lastName);
  await page.getByLabel("Email", { exact: true }).fill(candidate.email);
  await page.getByLabel("Resume").setInputFiles(options.resume ?? pdfUpload());
  const required = page.getByRole("region", { name: "Required qualifications" }).getByRole("group");
  for (const group of await required.all()) {
    const legend = await group.locator("legend").textContent();
    if (legend !== options.leaveUnanswered) await group.getByLabel(options.answer ?? "Yes", { exact: true }).check();
  }
  await page.getByRole("group", { name: "Can you work from one of these locations?" }).getByLabel("Yes", { exact: true }).check();
  await page.getByRole("group", { name: "Will you now or in the future require visa sponsorship?" }).getByLabel("No", { exact: true }).check();
  await page.getByLabel(/I have read the privacy notice/).check();
}

export async function applyToSeedJob(page: Page, candidate: Candidate, options: { resume?: Upload } = {}) {
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await fillSeedApplication(page, candidate, options);
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
}
