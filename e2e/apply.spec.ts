import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { makeDocxBomb } from "../lib/resumes/testing/make-docx";
import { fillSeedApplication } from "./support/apply";
import { filterBoard, SEED_JOB_PATH, SEED_JOB_TITLE, openSeedApplicationAsManager, signIn } from "./support/demo";
import { pdfUpload, uniqueCandidate } from "./support/files";

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`applying with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a missing answer keeps every field and the resume; then the application, status page and withdrawal work", async ({ page, browser }) => {
      const candidate = uniqueCandidate();
      await page.goto(`${SEED_JOB_PATH}/apply`);
      await fillSeedApplication(page, candidate, { leaveUnanswered: "Deploy and run services on Kubernetes." });
      await page.getByLabel("Phone").fill("+1 415 555 0100");
      await page.getByLabel("Cover letter").fill("I like databases.");
      const firstRequired = page.getByRole("region", { name: "Required qualifications" }).getByRole("group").first();
      await firstRequired.getByLabel("Evidence").fill("Ran Postgres at 40k writes/s for a payments ledger.");
      const kubernetes = page.getByRole("group", { name: "Deploy and run services on Kubernetes." });
      if (javaScriptEnabled) await page.evaluate(() => ((window as unknown as { __sameDocument?: string }).__sameDocument = "kept"));
      await page.getByRole("button", { name: "Submit application" }).click();

      const summary = page.getByRole("alert").filter({ hasText: "problem" });
      await expect(summary).toContainText("There is 1 problem with your application.");
      if (javaScriptEnabled) {
        await expect(summary).toBeFocused();
        // The errors came back without a page load.
        expect(await page.evaluate(() => (window as unknown as { __sameDocument?: string }).__sameDocument)).toBe("kept");
      }
      await expect(kubernetes).toHaveAccessibleDescription("Choose Yes, Partly or No.");
      await expect(page.getByLabel("First name")).toHaveValue(candidate.firstName);
      await expect(page.getByLabel("Email", { exact: true })).toHaveValue(candidate.email);
      await expect(page.getByLabel("Phone")).toHaveValue("+1 415 555 0100");
      await expect(page.getByLabel("Cover letter")).toHaveValue("I like databases.");
      await expect(firstRequired.getByLabel("Evidence")).toHaveValue("Ran Postgres at 40k writes/s for a payments ledger.");
      await expect(firstRequired.getByLabel("Yes", { exact: true })).toBeChecked();
      await expect(page.getByLabel(/I have read the privacy notice/)).toBeChecked();
      await expect(page.getByText("We have your resume resume.pdf")).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(page);

      await kubernetes.getByLabel("Partly", { exact: true }).check();
      await page.getByRole("button", { name: "Submit application" }).click();
      await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Status: Received" })).toBeVisible();
      expect(page.url()).toMatch(/\/status\/[A-Za-z0-9_-]{43}\?submitted=1$/);
      if (javaScriptEnabled) await expectAccessible(page);
      const statusUrl = page.url().replace("?submitted=1", "");

      const team = await browser.newPage();
      await openSeedApplicationAsManager(team, `${candidate.firstName} ${candidate.lastName}`);
      const matrix = team.getByRole("region", { name: "Evidence by qualification" });
      await expect(matrix).toContainText("Required met");
      const kubernetesRow = matrix.getByRole("row", { name: /Deploy and run services on Kubernetes/ });
      await expect(kubernetesRow.getByRole("cell").first()).toHaveText("Partly");
      await expect(matrix.getByRole("row", { name: /Expert-level in at least one programming language/ })).toContainText("Ran Postgres at 40k writes/s");
      await expect(team.getByRole("region", { name: "Contact and answers" })).toContainText("+1 415 555 0100");
      await team.close();

      await page.goto(statusUrl);
      await page.getByLabel(/Yes, withdraw my application/).check();
      await page.getByRole("button", { name: "Withdraw application" }).click();
      await expect(page.getByRole("heading", { name: "Status: Withdrawn" })).toBeVisible();
      await page.goto(statusUrl);
      await expect(page.getByRole("heading", { name: "Status: Withdrawn" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Withdraw application" })).toHaveCount(0);
    });
  });
}

test("a browser loading the apply page downloads no JavaScript file, and the form still answers inline", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await expect(page.getByRole("button", { name: "Submit application" })).toBeVisible();
  // One inline script (the form's own, with the response's nonce) and no framework files.
  expect(await page.locator("script").count()).toBe(1);
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
  expect(scripts).toEqual([]);
});

test("the apply page reached by a link from the job page is the same form, rendered by the app's router", async ({ page }) => {
  await page.goto(SEED_JOB_PATH);
  await page.evaluate(() => ((window as unknown as { __sameDocument?: string }).__sameDocument = "kept"));
  await page.getByRole("link", { name: "Apply for this job" }).click();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
  await expect(page.getByLabel("First name")).toHaveAccessibleDescription("Enter your first name.");
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: string }).__sameDocument)).toBe("kept");
});

test.describe("files that are refused with a clear message, storing nothing", () => {
  const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  const cases = [
    { name: "a text file renamed .pdf", file: async () => ({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("I am not a PDF at all") }), message: /must be a PDF or Word/ },
    { name: "an 11 MB file", file: async () => ({ ...pdfUpload("big.pdf"), buffer: Buffer.concat([pdfUpload().buffer, Buffer.alloc(11 * 1024 * 1024)]) }), message: /larger than 10 MB/ },
    { name: "a DOCX zip bomb", file: async () => ({ name: "bomb.docx", mimeType: docx, buffer: Buffer.from(await makeDocxBomb(200 * 1024 * 1024)) }), message: /unpacks to far more than a resume holds/ },
  ];
  for (const { name, file, message } of cases) {
    test(name, async ({ page, browser }) => {
      const candidate = uniqueCandidate();
      await page.goto(`${SEED_JOB_PATH}/apply`);
      await fillSeedApplication(page, candidate);
      await page.getByLabel("Resume").setInputFiles(await file());
      await page.getByRole("button", { name: "Submit application" }).click();
      await expect(page.getByLabel("Resume")).toHaveAccessibleDescription(message);
      await expect(page.getByText(/We have your resume/)).toHaveCount(0);
      const team = await browser.newPage();
      await signIn(team, "hiring_manager");
      await team.getByRole("link", { name: SEED_JOB_TITLE }).click();
      await filterBoard(team, `${candidate.firstName} ${candidate.lastName}`);
      await expect(team.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` })).toHaveCount(0);
      await team.close();
    });
  }
});

test("a double click on submit creates one application", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await fillSeedApplication(page, candidate);
  await page.getByRole("button", { name: "Submit application" }).dblclick();
  await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
  const team = await browser.newPage();
  await signIn(team, "hiring_manager");
  await team.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(team, `${candidate.firstName} ${candidate.lastName}`);
  await expect(team.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` })).toHaveCount(1);
});
