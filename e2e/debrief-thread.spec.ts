import { randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { fillSeedApplication } from "./support/apply";
import { filterBoard, SEED_JOB_PATH, SEED_JOB_TITLE, signInAs } from "./support/demo";
import { uniqueCandidate } from "./support/files";

const IVAN = "Ivan Interviewer";
const SYSTEMS = "Solid distributed systems fundamentals: system models, failure modes, consistency tradeoffs, scaling strategies.";
const KUBERNETES = "Deploy and run services on Kubernetes.";


/** Presses Tab until `target` has focus, the way a keyboard user gets there; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("Tab never reached the target");
}

test("the hiring manager follows a qualification from the candidate's answer to the interviewer's rating and opens the note by keyboard", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const candidate = uniqueCandidate();
  const evidence = `Ran a sharded ledger <img src=x onerror="window.__pwned=1"> ${randomInt(1e9)}`;
  const note = `Explained quorum reads clearly; <b>not bold</b> ${randomInt(1e9)}`;
  const title = `Systems debrief ${randomInt(1e6)}`;

  // The candidate answers "Partly" to one qualification, with evidence (hostile markup included).
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await fillSeedApplication(page, candidate);
  const systems = page.getByRole("region", { name: "Required qualifications" }).getByRole("group", { name: SYSTEMS });
  await systems.getByLabel("Partly", { exact: true }).check();
  await systems.getByLabel("Evidence").fill(evidence);
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();

  // The recruiter schedules an interview with Ivan; with no plan interview chosen it rates every open qualification.
  const recruiter = await signInAs(browser, "Rita Recruiter");
  await recruiter.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(recruiter, `${candidate.firstName} ${candidate.lastName}`);
  await recruiter.getByRole("region", { name: /^Applied/ }).getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).click();
  await recruiter.waitForURL(/\/dashboard\/applications\/[0-9a-f-]{36}$/);
  const applicationUrl = recruiter.url();
  const form = recruiter.getByRole("region", { name: "Schedule an interview" });
  await form.getByLabel("Interview", { exact: true }).fill(title);
  await form.getByLabel("Date").fill(`2033-${String(randomInt(1, 13)).padStart(2, "0")}-${String(randomInt(1, 29)).padStart(2, "0")}`);
  await form.getByLabel("Start time").fill("10:00");
  await form.getByLabel("Time zone").selectOption("UTC");
  await form.getByLabel("Length in minutes").fill("60");
  await form.getByRole("checkbox", { name: IVAN }).check();
  await form.getByRole("button", { name: "Schedule interview" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Interview scheduled" })).toBeVisible();
  await recruiter.reload();
  const scorecardPath = (await recruiter.getByRole("link", { name: `Scorecards for ${title}` }).getAttribute("href")) ?? "";
  expect(scorecardPath).toMatch(/^\/dashboard\/interviews\/[0-9a-f-]{36}\/scorecard$/);

  // Ivan rates the qualification with a note and submits.
  const ivan = await signInAs(browser, IVAN);
  await ivan.goto(scorecardPath);
  await ivan.getByRole("radiogroup", { name: SYSTEMS }).getByRole("radio", { name: "Strong yes" }).check();
  await ivan.getByLabel(`Notes on ${SYSTEMS}`).fill(note);
  await ivan.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "Yes", exact: true }).check();
  await ivan.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(ivan.getByRole("article", { name: "Your scorecard" })).toContainText("Overall recommendation: Yes");

  // An interviewer is not the hiring team: the thread is not on their view of the application.
  await ivan.goto(applicationUrl);
  await expect(ivan.getByRole("heading", { level: 1, name: `${candidate.firstName} ${candidate.lastName}` })).toBeVisible();
  await expect(ivan.getByRole("heading", { name: "Qualification thread" })).toHaveCount(0);

  // The hiring manager reads the thread: answer, evidence (as text), status, then Ivan's rating and note.
  const hank = await signInAs(browser, "Hank Manager");
  await hank.goto(applicationUrl);
  const thread = hank.getByRole("region", { name: "Qualification thread" });
  const items = thread.getByRole("listitem").filter({ has: hank.getByRole("heading", { level: 4 }) });
  const headings = await items.getByRole("heading", { level: 4 }).allTextContents();
  // Required first: the first preferred one comes after the last required one.
  expect(headings.findIndex((h) => h.startsWith("preferred"))).toBe(headings.filter((h) => h.startsWith("required")).length);
  const systemsThread = items.filter({ has: hank.getByRole("heading", { name: SYSTEMS }) });
  await expect(systemsThread).toContainText("Candidate's answerPartly");
  await expect(systemsThread).toContainText(evidence);
  await expect(systemsThread).toContainText(/Evidence status(Met|Partly|Not met|Unknown)/);
  await expect(systemsThread).toContainText(`${IVAN} in ${title}: Strong yes`);
  await expect(systemsThread).toContainText(note);
  expect(await hank.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(systemsThread.locator("img, b")).toHaveCount(0);
  await expect(items.filter({ has: hank.getByRole("heading", { name: KUBERNETES }) })).toContainText("Not yet assessed in any interview");

  // In the matrix the note is closed until opened; Tab reaches the rating, Enter opens it, Space closes it.
  const row = hank.getByRole("table", { name: title }).getByRole("row", { name: new RegExp(`^${SYSTEMS.slice(0, 30)}`) });
  const rating = row.getByText("Strong yes · notes");
  const noteText = row.getByText(note);
  await expect(noteText).toBeHidden();
  await hank.getByRole("link", { name: `Scorecards for ${title}` }).focus();
  await tabTo(hank, rating);
  await hank.keyboard.press("Enter");
  await expect(noteText).toBeVisible();
  await hank.keyboard.press("Space");
  await expect(noteText).toBeHidden();
  // Pointing at the rating shows the note as well, and moving away hides it again.
  await rating.hover();
  await expect(noteText).toBeVisible();
  await hank.getByRole("heading", { level: 1 }).hover();
  await expect(noteText).toBeHidden();
  await expect(rating).toBeFocused();
  await hank.keyboard.press("Enter");
  await expect(noteText).toBeVisible();
  await row.screenshot({ path: test.info().outputPath("matrix-row-open.png") });

  const results = await new AxeBuilder({ page: hank }).include("section[aria-labelledby='interviews-heading']").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await hank.getByRole("region", { name: "Interviews" }).screenshot({ path: test.info().outputPath("debrief-thread.png") });

  // Without JavaScript the thread is the same and the note still opens.
  const noScript = await signInAs(browser, "Hank Manager", { javaScriptEnabled: false });
  await noScript.goto(applicationUrl);
  await expect(noScript.getByRole("region", { name: "Qualification thread" })).toContainText(`${IVAN} in ${title}: Strong yes`);
  const plainRow = noScript.getByRole("table", { name: title }).getByRole("row", { name: new RegExp(`^${SYSTEMS.slice(0, 30)}`) });
  await plainRow.getByText("Strong yes · notes").click();
  await expect(plainRow.getByText(note)).toBeVisible();
});
