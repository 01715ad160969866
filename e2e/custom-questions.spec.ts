import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/demo";
import { pdfUpload, uniqueCandidate } from "./support/files";
import { remoteDataPosting } from "./support/postings";

// The apply form's questions are kept in each of npm start's workers until a recruiter changes
// them: a question added through one worker must be asked by whichever worker serves the form.
test("a recruiter's knockout question is asked on the apply form at once, and its answer is flagged for the team", async ({ page, browser }) => {
  const tag = randomBytes(3).toString("hex");
  const title = `Analytics Engineer ${tag}`;
  const question = `Can you be on call one week in six (${tag})?`;
  await signIn(page, "recruiter");
  await page.getByRole("link", { name: "New requisition" }).click();
  await page.getByLabel("Posting text").fill(remoteDataPosting(title));
  await page.getByRole("button", { name: "Parse posting" }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Published: the job is live on the careers site." })).toBeVisible();
  const applyUrl = `${await page.getByRole("link", { name: "Public job page" }).getAttribute("href")}/apply`;

  // Read before the question exists, so that the workers have the form without it.
  const candidatePage = await browser.newPage({ javaScriptEnabled: false });
  for (let i = 0; i < 4; i++) {
    await candidatePage.goto(applyUrl);
    await expect(candidatePage.getByRole("heading", { name: `Apply: ${title}` })).toBeVisible();
  }

  await page.getByRole("link", { name: "Team and stages" }).click();
  await page.getByLabel("Question", { exact: true }).fill(question);
  await page.getByLabel("Answer type").selectOption({ label: "Yes / no" });
  await page.getByLabel("Flag this answer as a knockout").fill("No");
  await page.getByLabel("Candidates must answer").check();
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Question added to the application form.")).toBeVisible();

  const candidate = uniqueCandidate();
  for (let i = 0; i < 4; i++) {
    await candidatePage.goto(applyUrl);
    await expect(candidatePage.getByRole("group", { name: question })).toBeVisible();
  }
  await candidatePage.getByLabel("First name").fill(candidate.firstName);
  await candidatePage.getByLabel("Last name").fill(candidate.lastName);
  await candidatePage.getByLabel("Email", { exact: true }).fill(candidate.email);
  await candidatePage.getByLabel("Resume").setInputFiles(pdfUpload());
  for (const group of await candidatePage.getByRole("region", { name: "Required qualifications" }).getByRole("group").all()) {
    await group.getByLabel("Yes", { exact: true }).check();
  }
  await candidatePage.getByRole("group", { name: "Will you now or in the future require visa sponsorship?" }).getByLabel("No", { exact: true }).check();
  await candidatePage.getByRole("group", { name: question }).getByLabel("No", { exact: true }).check();
  await candidatePage.getByLabel(/I have read the privacy notice/).check();
  await candidatePage.getByRole("button", { name: "Submit application" }).click();
  await expect(candidatePage.getByRole("heading", { name: "Application received" })).toBeVisible();

  await page.getByRole("link", { name: `← ${title}` }).click();
  await page.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).click();
  await expect(page.getByRole("region", { name: "Evidence by qualification" }).getByRole("listitem").filter({ hasText: question })).toBeVisible();
});
