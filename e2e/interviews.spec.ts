import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { zonedTimeToUtc } from "../lib/domain/interview-time";
import { applyToSeedJob } from "./support/apply";
import { filterBoard, SEED_JOB_TITLE, signInAs } from "./support/demo";
import { uniqueCandidate } from "./support/files";

const IVAN = "Ivan Interviewer";
const IRIS = "Iris Interviewer";

/** A signed-in page in a browser context of its own, so the three people never share cookies. */

test("a recruiter schedules an onsite; scorecards stay blind until submitted; the invite parses", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  const candidateName = `${candidate.firstName} ${candidate.lastName}`;
  await applyToSeedJob(page, candidate);

  const recruiter = await signInAs(browser, "Rita Recruiter");
  await recruiter.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(recruiter, candidateName);
  await recruiter.getByRole("region", { name: /^Applied/ }).getByRole("link", { name: candidateName }).click();
  await recruiter.waitForURL(/\/dashboard\/applications\/[0-9a-f-]{36}$/);
  const applicationUrl = recruiter.url();

  // A date of its own, far ahead, so parallel runs rarely overlap (an overlap would only warn).
  const date = `2031-${String(randomInt(1, 13)).padStart(2, "0")}-${String(randomInt(1, 29)).padStart(2, "0")}`;
  const form = recruiter.getByRole("region", { name: "Schedule an interview" });
  await form.getByLabel("Interview", { exact: true }).fill("Onsite");
  await form.getByLabel("Date").fill(date);
  await form.getByLabel("Start time").fill("10:00");
  await form.getByLabel("Time zone").selectOption("Europe/Berlin");
  await form.getByLabel("Length in minutes").fill("90");
  await form.getByLabel("Location or video link").fill("https://meet.example/onsite");
  await form.getByRole("checkbox", { name: IVAN }).check();
  await form.getByRole("checkbox", { name: IRIS }).check();
  await form.getByRole("button", { name: "Schedule interview" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Interview scheduled" })).toBeVisible();

  await recruiter.reload();
  const interviews = recruiter.getByRole("region", { name: "Interviews" });
  const scorecardLink = interviews.getByRole("link", { name: "Scorecards for Onsite" }).last();
  const scorecardPath = await scorecardLink.getAttribute("href");
  expect(scorecardPath).toMatch(/^\/dashboard\/interviews\/[0-9a-f-]{36}\/scorecard$/);
  const interviewPath = (scorecardPath ?? "").replace(/\/scorecard$/, "");

  // The invite, as downloaded, read by an independent parser.
  const download = await recruiter.request.get(`${interviewPath}/invite.ics`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await download.text()));
  expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const event = new ICAL.Event(vevent);
  expect(event.uid).toMatch(/^[0-9a-f-]{36}@/);
  expect(event.sequence).toBe(0);
  expect(event.startDate.toJSDate().toISOString()).toBe(zonedTimeToUtc(date, "10:00", "Europe/Berlin")?.toISOString());
  expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(90 * 60_000);
  expect(event.attendees.map((a) => a.getParameter("cn"))).toEqual(expect.arrayContaining([IVAN, IRIS, candidateName]));

  // Iris scores first.
  const secret = `Iris-only takeaway ${randomInt(1e9)}`;
  const iris = await signInAs(browser, IRIS);
  await iris.goto(scorecardPath ?? "");
  await iris.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "Strong yes" }).check();
  await iris.getByLabel("Key takeaways").fill(secret);
  await iris.getByRole("button", { name: "Submit scorecard" }).click();
  // Submitting is final: the form gives way to the submitted scorecard.
  await expect(iris.getByRole("article", { name: "Your scorecard" })).toContainText("Strong yes");

  // Ivan has not submitted: Iris's scorecard is nowhere in what he receives.
  const ivan = await signInAs(browser, IVAN);
  await ivan.goto(scorecardPath ?? "");
  await expect(ivan.getByText("stay hidden until you submit yours")).toBeVisible();
  await expect(ivan.getByText(secret)).toHaveCount(0);
  expect(await (await ivan.request.get(scorecardPath ?? "")).text()).not.toContain(secret);
  expect((await ivan.request.get(`${interviewPath}/invite.ics`)).status()).toBe(200);

  // A draft survives a reload.
  const firstAttribute = ivan.getByRole("radiogroup").first();
  await firstAttribute.getByRole("radio", { name: "Not assessed" }).check();
  await ivan.getByLabel("Key takeaways").fill("Ivan's draft");
  await ivan.getByRole("button", { name: "Save draft" }).click();
  await expect(ivan.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await ivan.reload();
  await expect(ivan.getByLabel("Key takeaways")).toHaveValue("Ivan's draft");
  await expect(ivan.getByRole("radiogroup").first().getByRole("radio", { name: "Not assessed" })).toBeChecked();

  // Once Ivan submits, he sees both.
  await ivan.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "Yes", exact: true }).check();
  await ivan.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(ivan.getByRole("article", { name: "Your scorecard" })).toBeVisible();
  await ivan.reload();
  await expect(ivan.getByRole("article", { name: "Your scorecard" })).toContainText("Yes");
  await expect(ivan.getByRole("article", { name: `Scorecard by ${IRIS}` })).toContainText(secret);

  // The hiring team's summary shows both recommendations.
  await recruiter.goto(applicationUrl);
  const summary = recruiter.getByRole("table", { name: "Onsite" }).last();
  await expect(summary.getByRole("row", { name: /Overall recommendation/ })).toContainText("Strong yes");
  await expect(summary.getByRole("row", { name: /Overall recommendation/ })).toContainText("Yes");

  // Someone off the interview gets not-found for the invite.
  const manager = await signInAs(browser, "Hank Manager");
  expect((await manager.request.get(`${interviewPath}/invite.ics`)).status()).toBe(200);
  const outsider = await (await browser.newContext()).newPage();
  const intruder = await outsider.request.get(`${interviewPath}/invite.ics`, { maxRedirects: 0 });
  expect(intruder.status()).not.toBe(200);
  expect(await intruder.text()).not.toContain("BEGIN:VCALENDAR");
});
