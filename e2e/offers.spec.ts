import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { applyToSeedJob, fillSeedApplication, type Candidate } from "./support/apply";
import { openSeedApplicationAsManager, signInAs } from "./support/demo";
import { uniqueCandidate } from "./support/files";
import { expectNoSeriousViolations } from "./support/axe";

// scripts/e2e-server.ts seeds this job for this spec alone: hiring onto it closes it as filled.
const JOB_TITLE = "Offer Desk Coordinator";
const JOB_PATH = "/jobs/offer-desk-coordinator";
const IVAN = "Ivan Interviewer";
const IRIS = "Iris Interviewer";

/** `within` narrows the check to this spec's own part of a page shared with other features. */


/** Applies and returns the candidate's private status page address. */
async function apply(page: Page, candidate: Candidate): Promise<string> {
  await page.goto(`${JOB_PATH}/apply`);
  await fillSeedApplication(page, candidate);
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

test("onsite with two blind scorecards, then the hiring manager's offer, the admin's approval, acceptance: hired and filled", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const candidate = uniqueCandidate();
  const candidateName = `${candidate.firstName} ${candidate.lastName}`;
  const statusUrl = await apply(page, candidate);
  const other = uniqueCandidate();
  await apply(await (await browser.newContext()).newPage(), other);

  // The recruiter schedules an onsite with both interviewers.
  const recruiter = await signInAs(browser, "Rita Recruiter");
  await recruiter.getByRole("link", { name: JOB_TITLE }).click();
  await recruiter.getByRole("region", { name: /^Applied/ }).getByRole("link", { name: candidateName }).click();
  await recruiter.waitForURL(/\/dashboard\/applications\/[0-9a-f-]{36}$/);
  const applicationUrl = recruiter.url();
  const date = `2032-${String(randomInt(1, 13)).padStart(2, "0")}-${String(randomInt(1, 29)).padStart(2, "0")}`;
  const form = recruiter.getByRole("region", { name: "Schedule an interview" });
  await form.getByLabel("Interview", { exact: true }).fill("Onsite");
  await form.getByLabel("Date").fill(date);
  await form.getByLabel("Start time").fill("10:00");
  await form.getByLabel("Time zone").selectOption("Europe/Berlin");
  await form.getByLabel("Length in minutes").fill("90");
  await form.getByRole("checkbox", { name: IVAN }).check();
  await form.getByRole("checkbox", { name: IRIS }).check();
  await form.getByRole("button", { name: "Schedule interview" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Interview scheduled" })).toBeVisible();
  await recruiter.reload();
  const scorecardPath = (await recruiter.getByRole("region", { name: "Interviews" }).getByRole("link", { name: "Scorecards for Onsite" }).getAttribute("href")) ?? "";

  // The candidate sees Interviewing and the time in the interview's own zone.
  await page.goto(statusUrl);
  await expect(page.getByRole("heading", { name: "Status: Interviewing" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your interviews" })).toContainText(/Onsite: \w+ \d{1,2} \w+ 2032, 10:00–11:30 \(Europe\/Berlin\)/);
  await expect(page.getByText(IVAN)).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // Iris submits first; Ivan cannot see her scorecard until he submits his.
  const secret = `Iris-only takeaway ${randomInt(1e9)}`;
  const iris = await signInAs(browser, IRIS);
  await iris.goto(scorecardPath);
  await iris.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "Strong yes" }).check();
  await iris.getByLabel("Key takeaways").fill(secret);
  await iris.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(iris.getByRole("article", { name: "Your scorecard" })).toContainText("Strong yes");

  const ivan = await signInAs(browser, IVAN);
  await ivan.goto(scorecardPath);
  await expect(ivan.getByText("stay hidden until you submit yours")).toBeVisible();
  expect(await (await ivan.request.get(scorecardPath)).text()).not.toContain(secret);
  await ivan.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "Yes", exact: true }).check();
  await ivan.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(ivan.getByRole("article", { name: "Your scorecard" })).toBeVisible();
  await ivan.reload();
  await expect(ivan.getByRole("article", { name: `Scorecard by ${IRIS}` })).toContainText(secret);

  // The hiring manager reads the matrix and drafts an offer above the range (USD 28–36 an hour).
  const manager = await signInAs(browser, "Hank Manager");
  await manager.goto(applicationUrl);
  const matrixRow = manager.getByRole("table", { name: "Onsite" }).getByRole("row", { name: /Overall recommendation/ });
  await expect(matrixRow).toContainText("Strong yes");
  await expect(matrixRow).toContainText("Yes");
  const offer = manager.getByRole("region", { name: "Offer" });
  const notes = `Relocation help ${randomInt(1e9)}`;
  await offer.getByLabel("Salary").fill("forty");
  await offer.getByLabel("Currency").fill("USD");
  await offer.getByLabel("Pay period").selectOption({ label: "Per hour" });
  await offer.getByLabel("Start date").fill("2032-09-01");
  await offer.getByLabel("Notes").fill(notes);
  await offer.getByRole("button", { name: "Draft offer" }).click();
  // A refusal says what is wrong, at the field, and keeps everything typed.
  await expect(offer.getByLabel("Salary")).toHaveAccessibleDescription("Enter the salary as a number.");
  await expect(offer.getByLabel("Notes")).toHaveValue(notes);
  await expect(offer.getByLabel("Start date")).toHaveValue("2032-09-01");
  await expectNoSeriousViolations(manager, "section[aria-labelledby=offer-heading]");
  await offer.getByLabel("Salary").fill("40");
  await offer.getByRole("button", { name: "Draft offer" }).click();
  const current = offer.getByRole("article", { name: "Current offer" });
  await expect(current).toContainText("Awaiting approval");
  await expect(current).toContainText("Outside the requisition's range");
  await expect(current).toContainText(notes);
  await expect(offer.getByRole("button", { name: "Approve offer" })).toHaveCount(0);
  expect(await (await manager.request.get(applicationUrl)).text()).toContain(notes);

  // An interviewer on the application never receives the offer, on the page or in its payload.
  await ivan.goto(applicationUrl);
  await expect(ivan.getByRole("heading", { name: candidateName })).toBeVisible();
  await expect(ivan.getByRole("region", { name: "Offer" })).toHaveCount(0);
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const body = await (await ivan.request.get(applicationUrl, { headers })).text();
    expect(body).toContain(candidate.lastName);
    expect(body).not.toContain(notes);
    expect(body).not.toContain("offer-heading");
  }
  // Nor does the candidate, before the offer is extended.
  await page.goto(statusUrl);
  await expect(page.getByRole("heading", { name: "Status: Interviewing" })).toBeVisible();

  // The admin approves the exception with a reason.
  const admin = await signInAs(browser, "Ada Admin");
  await admin.goto(applicationUrl);
  const adminOffer = admin.getByRole("region", { name: "Offer" });
  await expectNoSeriousViolations(admin, "section[aria-labelledby=offer-heading]");
  await adminOffer.getByLabel("Exception reason").fill("Matches the candidate's current rate");
  await adminOffer.getByRole("button", { name: "Approve offer" }).click();
  await expect(adminOffer.getByRole("article", { name: "Current offer" })).toContainText("Approved");
  await expect(adminOffer.getByRole("article", { name: "Current offer" })).toContainText("exception approved: Matches the candidate's current rate");

  // The hiring manager extends it; the candidate now sees Offer.
  await manager.reload();
  await offer.getByRole("button", { name: "Mark extended" }).click();
  await expect(current).toContainText("Extended");
  await page.goto(statusUrl);
  await expect(page.getByRole("heading", { name: "Status: Offer" })).toBeVisible();

  // Accepted: hired, the requisition closes as filled, the others are listed to be let go.
  await offer.getByRole("button", { name: "Accepted" }).click();
  await expect(manager.getByText("Current stage: Hired")).toBeVisible();
  await expect(current).toContainText("Accepted");
  const history = current.getByRole("listitem");
  await expect(history).toHaveText([/^Drafted by Hank Manager/, /^Approved by Ada Admin/, /^Marked extended by Hank Manager/, /^Accepted by Hank Manager/]);
  await page.goto(statusUrl);
  await expect(page.getByRole("heading", { name: "Status: Hired" })).toBeVisible();
  await page.goto(JOB_PATH);
  await expect(page.getByText("This position has been filled.")).toBeVisible();

  await offer.getByRole("link", { name: "Close out the remaining candidates" }).click();
  await expect(manager.getByRole("heading", { name: "Remaining candidates" })).toBeVisible();
  const remaining = manager.getByRole("group", { name: "Candidates still in the process" });
  await expect(remaining.getByRole("checkbox")).toHaveCount(1);
  await expect(remaining.getByRole("checkbox", { name: new RegExp(other.lastName) })).toBeChecked();
  await expectNoSeriousViolations(manager);
  await manager.getByLabel("Reason").selectOption({ label: "Position closed" });
  await manager.getByRole("button", { name: "Reject selected candidates" }).click();
  await expect(manager.getByText("Nobody is left in the process.")).toBeVisible();

  await recruiter.goto("/dashboard");
  await recruiter.getByRole("link", { name: JOB_TITLE }).click();
  await expect(recruiter.getByText("Closed", { exact: true })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the hiring manager drafts an offer, keeps what was typed on a refusal, and withdraws it", async ({ page, browser }) => {
    const candidate = uniqueCandidate();
    await applyToSeedJob(page, candidate);
    const manager = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    // Only a draft and a withdrawal: nothing here hires onto the seed job or closes it.
    await openSeedApplicationAsManager(manager, `${candidate.firstName} ${candidate.lastName}`);
    const offer = manager.getByRole("region", { name: "Offer" });
    await offer.getByLabel("Salary").fill("200000");
    await offer.getByLabel("Currency").fill("US dollars");
    await offer.getByLabel("Start date").fill("2032-10-01");
    await offer.getByLabel("Notes").fill("Remote stipend");
    await offer.getByRole("button", { name: "Draft offer" }).click();
    await expect(offer.getByLabel("Currency")).toHaveAccessibleDescription("Use a three-letter currency code such as USD.");
    await expect(offer.getByLabel("Salary")).toHaveValue("200000");
    await expect(offer.getByLabel("Notes")).toHaveValue("Remote stipend");
    await offer.getByLabel("Currency").fill("USD");
    await offer.getByRole("button", { name: "Draft offer" }).click();
    const current = offer.getByRole("article", { name: "Current offer" });
    await expect(current).toContainText("Awaiting approval");
    // Without JavaScript the click is a form post and a navigation: let it finish before reloading.
    const withdrawn = manager.waitForResponse((response) => response.request().method() === "POST");
    await current.getByRole("button", { name: "Withdraw offer" }).click();
    await withdrawn;
    await manager.waitForLoadState("load");
    await manager.reload();
    await expect(offer.getByRole("article", { name: /^Earlier offer/ })).toContainText("Withdrawn");
    await expect(offer.getByRole("button", { name: "Draft offer" })).toBeVisible();
  });
});
