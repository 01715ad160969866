import { expect, test } from "@playwright/test";
import { applyToSeedJob } from "./support/apply";
import { signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";

// Resume text is read by a background job seconds after applying, so these search by name.
test("a recruiter finds a new applicant by last name, with the match highlighted", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);

  const recruiter = await browser.newPage();
  await signIn(recruiter, "recruiter");
  await recruiter.goto("/dashboard/candidates");
  await recruiter.getByLabel("Search candidates").fill(candidate.lastName);
  await recruiter.getByRole("button", { name: "Search" }).click();

  await expect(recruiter).toHaveURL(new RegExp(`[?&]q=${candidate.lastName}`));
  await expect(recruiter.getByRole("region", { name: "Results" }).getByRole("status")).toHaveText("1 candidate found.");
  const result = recruiter.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` });
  await expect(result).toBeVisible();
  await expect(result.locator("mark").first()).toBeVisible();
  await expect(result.locator("mark").first()).toContainText("Tester");

  await result.click();
  await expect(recruiter).toHaveURL(/\/dashboard\/applications\/[0-9a-f-]{36}$/);
  await expect(recruiter.getByRole("heading", { level: 1, name: `${candidate.firstName} ${candidate.lastName}` })).toBeVisible();
});

test("an interviewer searching for that applicant gets no results", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);

  const interviewer = await browser.newPage();
  await signIn(interviewer, "interviewer");
  await interviewer.goto(`/dashboard/candidates?q=${encodeURIComponent(candidate.lastName)}`);
  await expect(interviewer.getByLabel("Search candidates")).toHaveValue(candidate.lastName);
  await expect(interviewer.getByRole("region", { name: "Results" }).getByRole("status")).toContainText("No candidates found.");
  await expect(interviewer.getByRole("link", { name: new RegExp(candidate.lastName) })).toHaveCount(0);
});
