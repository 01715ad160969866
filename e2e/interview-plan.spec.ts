import { randomInt } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { zonedTimeToUtc } from "../lib/domain/interview-time";
import { applyToSeedJob } from "./support/apply";
import { filterBoard, SEED_JOB_TITLE, signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";
import { expectNoSeriousViolations } from "./support/axe";

const FIRST_REQUIRED = "Expert-level in at least one programming language; write clean, well-designed code.";

async function openSeedPlan(page: Page) {
  await page.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await page.getByRole("link", { name: "Interview plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Interview plan" })).toBeVisible();
}


/** The invite as downloaded, read by Mozilla's parser. */
async function downloadInvite(request: APIRequestContext, href: string) {
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { method: calendar.getFirstPropertyValue("method"), event: new ICAL.Event(vevent) };
}

test("a recruiter sees the seed job's default plan, uncovers a required qualification, is warned, and restores it", async ({ page, browser }) => {
  await signIn(page, "recruiter");
  await openSeedPlan(page);
  const coverage = page.getByRole("status").filter({ hasText: /covered by/ });
  await expect(coverage).toHaveText("Every required qualification is covered by at least one interview.");
  for (const stage of ["Recruiter screen", "Technical screen", "Onsite"]) await expect(page.getByRole("heading", { level: 2, name: stage })).toBeVisible();
  await expect(page.getByRole("article", { name: /^Deep dive: / })).toHaveCount(3);
  await expect(page.getByRole("article", { name: "Values" }).getByLabel("Custom attribute").first()).toHaveValue("Values");

  const screen = page.getByRole("article", { name: "Technical screen" });
  await expect(screen.getByLabel("Duration (minutes)")).toHaveValue("45");
  await expect(screen.getByLabel("Instructions")).toHaveValue(/what they decided themselves/);
  const expert = screen.getByRole("checkbox", { name: FIRST_REQUIRED });
  await expect(expert).toBeChecked();

  // Taking away the only focus attribute is refused, and what was typed stays.
  await expert.uncheck();
  await screen.getByLabel("Interview name").fill("Coding");
  await screen.getByRole("button", { name: "Save interview" }).click();
  await expect(screen.getByRole("alert")).toContainText("The interview could not be saved.");
  await expect(screen.getByText("Choose at least one focus attribute")).toBeVisible();
  await expect(screen.getByLabel("Interview name")).toHaveValue("Coding");
  await expect(expert).not.toBeChecked();

  // With a custom attribute instead, it saves, and the page warns that the qualification is uncovered.
  await screen.getByLabel("Custom attribute").first().fill("Problem solving");
  await screen.getByRole("button", { name: "Save interview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not covered by any interview" })).toContainText(FIRST_REQUIRED);
  await page.reload();
  const coding = page.getByRole("article", { name: "Coding" });
  await expect(coding.getByLabel("Custom attribute").first()).toHaveValue("Problem solving");
  await page.screenshot({ path: test.info().outputPath("plan-uncovered.png") });
  await expectNoSeriousViolations(page);

  // Restored: the warning goes.
  await coding.getByRole("checkbox", { name: FIRST_REQUIRED }).check();
  await coding.getByLabel("Custom attribute").first().fill("");
  await coding.getByLabel("Interview name").fill("Technical screen");
  await coding.getByRole("button", { name: "Save interview" }).click();
  await expect(page.getByRole("status").filter({ hasText: /covered by/ })).toHaveText("Every required qualification is covered by at least one interview.");
  await page.reload();
  await expect(page.getByRole("article", { name: "Technical screen" }).getByRole("checkbox", { name: FIRST_REQUIRED })).toBeChecked();

  // An interviewer on the team gets not-found, not the plan.
  const interviewer = await (await browser.newContext()).newPage();
  await signIn(interviewer, "interviewer");
  const response = await interviewer.goto(page.url());
  expect(response?.status()).toBe(404);
  await expect(interviewer.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("adding an interview with no focus attribute is refused and keeps what was typed", async ({ page }) => {
    await signIn(page, "hiring_manager");
    await openSeedPlan(page);
    const add = page.getByRole("region", { name: "Add an interview" });
    const name = `Pairing ${randomInt(1e6)}`;
    await add.getByLabel("Interview name").fill(name);
    await add.getByLabel("Duration (minutes)").fill("50");
    await add.getByLabel("Instructions").fill("Pair on a bug.");
    await add.getByRole("button", { name: "Add interview" }).click();
    await expect(add.getByRole("alert")).toContainText("The interview could not be added.");
    await expect(add.getByLabel("Interview name")).toHaveValue(name);
    await expect(add.getByLabel("Duration (minutes)")).toHaveValue("50");
    await expect(add.getByLabel("Instructions")).toHaveValue("Pair on a bug.");

    await add.getByLabel("Custom attribute").first().fill("Collaboration");
    await add.getByRole("button", { name: "Add interview" }).click();
    const added = page.getByRole("article", { name });
    await expect(added.getByLabel("Custom attribute").first()).toHaveValue("Collaboration");
    await added.getByRole("button", { name: "Remove interview" }).click();
    await expect(page.getByRole("article", { name })).toHaveCount(0);
  });

  test("a recruiter reschedules and cancels an interview", async ({ page, browser }) => {
    const candidate = uniqueCandidate();
    await applyToSeedJob(page, candidate);
    const recruiter = await browser.newPage({ javaScriptEnabled: false });
    await signIn(recruiter, "recruiter");
    await recruiter.getByRole("link", { name: SEED_JOB_TITLE }).click();
    await filterBoard(recruiter, `${candidate.firstName} ${candidate.lastName}`);
    await recruiter.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).click();
    const form = recruiter.getByRole("region", { name: "Schedule an interview" });
    const title = `Screen ${randomInt(1e6)}`;
    await form.getByLabel("Interview", { exact: true }).fill(title);
    await form.getByLabel("Date").fill("2033-02-03");
    await form.getByLabel("Start time").fill("09:00");
    await form.getByRole("checkbox", { name: "Iris Interviewer" }).check();
    await form.getByRole("button", { name: "Schedule interview" }).click();
    await expect(recruiter.getByRole("status").filter({ hasText: "Interview scheduled" })).toBeVisible();

    // A fresh GET: reloading the page a form POST returned would post the form again.
    await recruiter.goto(recruiter.url());
    const item = recruiter.getByRole("region", { name: "Interviews" }).getByRole("listitem").filter({ hasText: title });
    await item.locator("summary", { hasText: "Reschedule" }).click();
    const reschedule = item.getByRole("form", { name: `Reschedule ${title}` });
    await expect(reschedule.getByLabel("New date")).toHaveValue("2033-02-03");
    await reschedule.getByLabel("New date").fill("2033-02-10");
    await reschedule.getByLabel("New start time").fill("14:30");
    await reschedule.getByLabel("Time zone").selectOption("Europe/Berlin");
    await reschedule.getByLabel("Length in minutes").fill("30");
    await reschedule.getByRole("button", { name: "Reschedule interview" }).click();
    await expect(recruiter.getByRole("status").filter({ hasText: "Interview moved" })).toBeVisible();
    await expect(item).toContainText("2033-02-10 13:30 UTC");
    await expect(item).toContainText("30 min, Europe/Berlin");

    await item.locator("summary", { hasText: "Cancel interview" }).click();
    await item.getByRole("button", { name: `Yes, cancel ${title}` }).click();
    await expect(recruiter.getByRole("region", { name: "Interviews" }).getByRole("listitem").filter({ hasText: title })).toContainText("cancelled");
  });
});

test("a recruiter schedules from the plan, reschedules (same UID, higher SEQUENCE), then cancels (METHOD:CANCEL)", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  const candidateName = `${candidate.firstName} ${candidate.lastName}`;
  await applyToSeedJob(page, candidate);

  const recruiter = await (await browser.newContext()).newPage();
  await signIn(recruiter, "recruiter");
  await recruiter.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(recruiter, candidateName);
  await recruiter.getByRole("region", { name: /^Applied/ }).getByRole("link", { name: candidateName }).click();
  await recruiter.waitForURL(/\/dashboard\/applications\/[0-9a-f-]{36}$/);

  const month = String(randomInt(1, 13)).padStart(2, "0");
  const date = `2032-${month}-${String(randomInt(1, 28)).padStart(2, "0")}`;
  const form = recruiter.getByRole("region", { name: "Schedule an interview" });
  await form.getByLabel("From the interview plan").selectOption({ label: "Onsite: Values (45 min)" });
  await expect(form.getByLabel("Interview", { exact: true })).toHaveValue("Values");
  await expect(form.getByLabel("Length in minutes")).toHaveValue("45");
  await form.getByLabel("Date").fill(date);
  await form.getByLabel("Start time").fill("10:00");
  await form.getByLabel("Time zone").selectOption("Europe/Berlin");
  await form.getByRole("checkbox", { name: "Ivan Interviewer" }).check();
  await form.getByRole("button", { name: "Schedule interview" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Interview scheduled" })).toBeVisible();

  await recruiter.reload();
  const interviews = recruiter.getByRole("region", { name: "Interviews" });
  const item = interviews.getByRole("listitem").filter({ has: recruiter.getByRole("link", { name: "Calendar invite for Values" }) });
  const href = (await item.getByRole("link", { name: "Calendar invite for Values" }).getAttribute("href")) ?? "";
  const first = await downloadInvite(recruiter.request, href);
  expect(first.method).toBe("REQUEST");
  expect(first.event.sequence).toBe(0);

  await item.locator("summary", { hasText: "Reschedule" }).click();
  const reschedule = item.getByRole("form", { name: "Reschedule Values" });
  await expect(reschedule.getByLabel("New date")).toHaveValue(date);
  await expect(reschedule.getByLabel("New start time")).toHaveValue("10:00");
  const newDate = `2032-${month}-28`;
  await reschedule.getByLabel("New date").fill(newDate);
  await reschedule.getByLabel("New start time").fill("11:30");
  await reschedule.getByLabel("Time zone").selectOption("America/New_York");
  await reschedule.getByLabel("Length in minutes").fill("60");
  await reschedule.getByLabel("Location or video link").fill("https://meet.example/values");
  await item.locator("summary", { hasText: "Cancel interview" }).click();
  await expect(item.getByRole("button", { name: "Yes, cancel Values" })).toBeVisible();
  await item.screenshot({ path: test.info().outputPath("reschedule-form.png") });
  await expectNoSeriousViolations(recruiter, 'section[aria-labelledby="interviews-heading"]');
  await item.locator("summary", { hasText: "Cancel interview" }).click();
  await reschedule.getByRole("button", { name: "Reschedule interview" }).click();
  await expect(reschedule.getByRole("status").filter({ hasText: "Interview moved" })).toBeVisible();

  const moved = await downloadInvite(recruiter.request, href);
  expect(moved.method).toBe("REQUEST");
  expect(moved.event.uid).toBe(first.event.uid);
  expect(moved.event.sequence).toBe(1);
  expect(moved.event.startDate.toJSDate().toISOString()).toBe(zonedTimeToUtc(newDate, "11:30", "America/New_York")?.toISOString());
  expect(moved.event.endDate.toJSDate().getTime() - moved.event.startDate.toJSDate().getTime()).toBe(60 * 60_000);
  expect(moved.event.location).toBe("https://meet.example/values");

  await recruiter.reload();
  const again = interviews.getByRole("listitem").filter({ has: recruiter.getByRole("link", { name: "Calendar invite for Values" }) });
  await again.locator("summary", { hasText: "Cancel interview" }).click();
  await again.getByRole("button", { name: "Yes, cancel Values" }).click();
  await expect(again).toContainText("cancelled");
  await expect(again.locator("summary", { hasText: "Reschedule" })).toHaveCount(0);

  const cancelled = await downloadInvite(recruiter.request, href);
  expect(cancelled.method).toBe("CANCEL");
  expect(cancelled.event.uid).toBe(first.event.uid);
  expect(cancelled.event.sequence).toBe(2);
});
