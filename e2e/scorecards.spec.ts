import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { applyToSeedJob } from "./support/apply";
import { filterBoard, SEED_JOB_TITLE, signInAs } from "./support/demo";
import { uniqueCandidate } from "./support/files";
import { expectNoSeriousViolations } from "./support/axe";

const IVAN = "Ivan Interviewer";
const IRIS = "Iris Interviewer";



/** Applies as a new candidate and has the recruiter schedule one interview with one demo interviewer; returns the scorecard path. */
async function scheduleFor(page: Page, browser: Browser, title: string, interviewer: string): Promise<{ recruiter: Page; applicationUrl: string; scorecardPath: string; candidateName: string }> {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);
  const recruiter = await signInAs(browser, "Rita Recruiter");
  await recruiter.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(recruiter, `${candidate.firstName} ${candidate.lastName}`);
  await recruiter.getByRole("region", { name: /^Applied/ }).getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).click();
  await recruiter.waitForURL(/\/dashboard\/applications\/[0-9a-f-]{36}$/);
  const applicationUrl = recruiter.url();
  // A date of its own, far ahead, so parallel runs rarely overlap (an overlap would only warn).
  const date = `2032-${String(randomInt(1, 13)).padStart(2, "0")}-${String(randomInt(1, 29)).padStart(2, "0")}`;
  const form = recruiter.getByRole("region", { name: "Schedule an interview" });
  await form.getByLabel("Interview", { exact: true }).fill(title);
  await form.getByLabel("Date").fill(date);
  await form.getByLabel("Start time").fill("14:00");
  await form.getByLabel("Time zone").selectOption("UTC");
  await form.getByLabel("Length in minutes").fill("45");
  await form.getByRole("checkbox", { name: interviewer }).check();
  await form.getByRole("button", { name: "Schedule interview" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Interview scheduled" })).toBeVisible();
  await recruiter.reload();
  const scorecardPath = (await recruiter.getByRole("region", { name: "Interviews" }).getByRole("link", { name: `Scorecards for ${title}` }).last().getAttribute("href")) ?? "";
  expect(scorecardPath).toMatch(/^\/dashboard\/interviews\/[0-9a-f-]{36}\/scorecard$/);
  return { recruiter, applicationUrl, scorecardPath, candidateName: `${candidate.firstName} ${candidate.lastName}` };
}

test("a draft saves itself and survives a reload; a submitted scorecard changes only by an amendment with a reason; calibration is for recruiters", async ({ page, browser }) => {
  // Four people, two reloads and the reports page on the demo data: longer than the default minute.
  test.setTimeout(180_000);
  const { recruiter, applicationUrl, scorecardPath, candidateName } = await scheduleFor(page, browser, "Debrief loop", IVAN);

  // Ivan types; the draft saves itself without a click, and focus stays where he is typing.
  const ivan = await signInAs(browser, IVAN);
  await ivan.goto(scorecardPath);
  const takeaways = ivan.getByLabel("Key takeaways");
  const draft = `Thoughtful about trade-offs ${randomInt(1e9)}`;
  await takeaways.click();
  await takeaways.pressSequentially(draft, { delay: 5 });
  await expect(ivan.getByRole("status").filter({ hasText: /Draft saved at/ })).toBeVisible();
  await expect(takeaways).toBeFocused();
  await expectNoSeriousViolations(ivan);
  await ivan.reload();
  await expect(ivan.getByLabel("Key takeaways")).toHaveValue(draft);
  await expect(ivan.getByRole("status").filter({ hasText: /Draft saved at/ })).toBeVisible();

  // Submitting is final: the form gives way to the submitted scorecard.
  await ivan.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "Yes", exact: true }).check();
  await ivan.getByRole("button", { name: "Submit scorecard" }).click();
  const own = ivan.getByRole("article", { name: "Your scorecard" });
  await expect(own).toContainText("Overall recommendation: Yes");
  await expect(ivan.getByRole("button", { name: "Submit scorecard" })).toHaveCount(0);

  // The amendment: a reason is required, and the previous recommendation is replaced.
  await own.getByRole("link", { name: "Amend scorecard" }).click();
  const reason = `Misread my notes on the system design ${randomInt(1e9)}`;
  await ivan.getByLabel("Reason for amendment").fill(reason);
  await ivan.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "Strong yes" }).check();
  await ivan.getByRole("button", { name: "Save amendment" }).click();
  await expect(ivan.getByRole("status").filter({ hasText: "Scorecard amended." })).toBeVisible();
  await expect(own).toContainText("Overall recommendation: Strong yes (amended)");
  await expect(own).toContainText(reason);

  // The hiring team sees "amended" with the reason in the summary, and both events in the history.
  await recruiter.goto(applicationUrl);
  const summary = recruiter.getByRole("table", { name: "Debrief loop" });
  const overall = summary.getByRole("row", { name: /Overall recommendation/ });
  await expect(overall).toContainText("Strong yes");
  await expect(overall).toContainText(`amended: ${reason}`);
  const history = recruiter.getByRole("region", { name: "History" });
  await expect(history).toContainText(`${IVAN} submitted a scorecard for Debrief loop: Yes`);
  await expect(history).toContainText(`${IVAN} amended their scorecard for Debrief loop: Yes → Strong yes`);
  await expect(history).toContainText(`Reason: ${reason}`);

  // The board's card says how far the interviews have got.
  await recruiter.goto("/dashboard");
  await recruiter.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(recruiter, candidateName);
  await expect(recruiter.getByRole("region", { name: /^Applied/ }).getByRole("listitem", { name: candidateName })).toContainText("1 interview · 1/1 scorecards in");

  // Calibration: linked from the reports for a recruiter, with Ivan's row.
  await recruiter.goto("/dashboard/reports");
  await recruiter.getByRole("link", { name: "Interviewer calibration" }).click();
  await expect(recruiter.getByRole("heading", { level: 1, name: "Interviewer calibration" })).toBeVisible();
  const table = recruiter.getByRole("table", { name: /Per interviewer/ });
  await expect(table.getByRole("row", { name: new RegExp(`^${IVAN}`) })).toBeVisible();
  await expectNoSeriousViolations(recruiter);

  // …and not-found for the interviewer.
  const response = await ivan.goto("/dashboard/reports/interviewers");
  expect(response?.status()).toBe(404);
  await expect(ivan.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("without JavaScript, Save draft keeps the draft and an amendment still needs its reason", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { scorecardPath } = await scheduleFor(page, browser, "Pairing session", IRIS);
  const iris = await signInAs(browser, IRIS, { javaScriptEnabled: false });
  await iris.goto(scorecardPath);
  await iris.getByLabel("Key takeaways").fill("Typed without JavaScript");
  await iris.getByRole("button", { name: "Save draft" }).click();
  await expect(iris.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await iris.goto(scorecardPath);
  await expect(iris.getByLabel("Key takeaways")).toHaveValue("Typed without JavaScript");

  await iris.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "No", exact: true }).check();
  await iris.getByRole("button", { name: "Submit scorecard" }).click();
  await iris.goto(scorecardPath);
  const own = iris.getByRole("article", { name: "Your scorecard" });
  await expect(own).toContainText("Overall recommendation: No");

  await own.getByRole("link", { name: "Amend scorecard" }).click();
  // The browser refuses an empty reason before anything is sent.
  await expect(iris.getByLabel("Reason for amendment")).toHaveAttribute("required", "");
  await iris.getByLabel("Reason for amendment").fill("Clicked the wrong recommendation");
  await iris.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "Yes", exact: true }).check();
  await iris.getByRole("button", { name: "Save amendment" }).click();
  await expect(iris.getByRole("status").filter({ hasText: "Scorecard amended." })).toBeVisible();
  await expect(iris.getByRole("article", { name: "Your scorecard" })).toContainText("Overall recommendation: Yes (amended)");
  await expect(iris.getByRole("article", { name: "Your scorecard" })).toContainText("Clicked the wrong recommendation");
});
