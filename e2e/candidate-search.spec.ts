import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { makePdf } from "../lib/resumes/testing/make-pdf";
import { applyToSeedJob } from "./support/apply";
import { signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";

test("a recruiter finds an applicant by a word that appears only in their resume", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  // Letters only, so that the search parser keeps it one word; made up, so no other document has it.
  const word = `zorbex${randomBytes(5).toString("hex").replace(/[0-9]/g, (digit) => "ghijklmnop"[Number(digit)]!)}`;
  const pdf = makePdf({ pages: [["Casey Tester, backend engineer", `Built the ${word} ingestion pipeline in Go and PostgreSQL.`]] });
  await applyToSeedJob(page, candidate, { resume: { name: "resume.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) } });

  const recruiter = await browser.newPage();
  await signIn(recruiter, "recruiter");
  const results = recruiter.getByRole("region", { name: "Results" });
  // A background job reads the resume's text a few seconds after the application arrives.
  await expect(async () => {
    await recruiter.goto(`/dashboard/candidates?q=${word}`);
    await expect(results.getByRole("status")).toHaveText("1 candidate found.", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(results.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` })).toBeVisible();
  await expect(results.locator("mark", { hasText: word })).toBeVisible();
});

// The tests below search by name: they need no resume text.
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
