import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { applyToSeedJob } from "./support/apply";
import { signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";
import { expectNoSeriousViolations } from "./support/axe";


const shots = process.env.E2E_OUTPUT_DIR ?? "test-results";

test("an admin exports a candidate's data, holds them, erases them, and finds it all in the audit log", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  const applicant = await browser.newPage();
  await applyToSeedJob(applicant, candidate);
  await applicant.close();

  await signIn(page, "admin");
  await page.goto(`/dashboard/candidates?q=${encodeURIComponent(candidate.lastName)}`);
  await page.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).click();
  await page.waitForURL(/\/dashboard\/applications\/[0-9a-f-]{36}$/);
  const applicationId = new URL(page.url()).pathname.split("/").at(-1);
  await page.goto(`/dashboard/applications/${applicationId}/privacy`);
  await page.waitForURL(/\/dashboard\/candidates\/[0-9a-f-]{36}\/privacy$/);
  const candidateId = new URL(page.url()).pathname.split("/").at(-2)!;
  await expect(page.getByRole("heading", { level: 1, name: `Privacy: ${candidate.firstName} ${candidate.lastName}` })).toBeVisible();
  await expect(page.getByText("1 application", { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export candidate data" }).click()]);
  expect(download.suggestedFilename()).toBe(`candidate-${candidateId}.json`);
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(exported.candidate).toMatchObject({ id: candidateId, email: candidate.email });
  expect(exported.applications[0].resumes[0].contentBase64.length).toBeGreaterThan(0);

  await page.getByRole("checkbox", { name: "Legal hold" }).check();
  await page.getByRole("button", { name: "Save legal hold" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Legal hold is on");
  await expect(page.getByText("Lift the legal hold before erasing")).toBeVisible();
  await page.getByRole("checkbox", { name: "Legal hold" }).uncheck();
  await page.getByRole("button", { name: "Save legal hold" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Legal hold is off");

  await page.getByLabel(/I understand that erasing removes/).check();
  await page.getByRole("button", { name: "Erase candidate data" }).click();
  await expect(page.getByText(/data was erased on/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Privacy: Erased candidate" })).toBeVisible();
  await expect(page.getByText("1 application", { exact: true })).toBeVisible();
  await page.screenshot({ path: `${shots}/privacy-erased.png`, fullPage: true });

  await page.goto(`/dashboard/candidates?q=${encodeURIComponent(candidate.lastName)}`);
  await expect(page.getByRole("link", { name: new RegExp(candidate.lastName) })).toHaveCount(0);

  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Target").fill(candidateId);
  await page.getByRole("button", { name: "Filter" }).click();
  const table = page.getByRole("table", { name: "Audit log entries, newest first" });
  await expect(table.getByRole("rowheader")).toHaveText(["candidate.erase", "candidate.legal_hold.lift", "candidate.legal_hold.set", "candidate.export"]);
  // Each row names the admin and carries the request id the server gave that request.
  await expect(table.getByRole("row").filter({ hasText: "candidate.export" })).toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await expect(page.getByLabel("Target")).toHaveValue(candidateId);
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: `${shots}/privacy-audit-log.png`, fullPage: true });
  expect(await page.content()).not.toContain(candidate.email);
});

test("the audit log refuses a bad filter with a message and keeps what was typed", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/dashboard/audit");
  await page.getByLabel("Target").fill("not an id");
  await page.getByLabel("From").fill("2026-03-02");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("A target is an id");
  await expect(page.getByLabel("Target")).toHaveValue("not an id");
  await expect(page.getByLabel("From")).toHaveValue("2026-03-02");
});

test("an admin reads the self-identification report with small groups suppressed", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/dashboard/reports");
  await page.getByRole("link", { name: "Self-identification report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Self-identification report" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Gender — / }).first()).toBeVisible();
  await expect(page.getByText("Fewer than 5").first()).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: `${shots}/privacy-eeo-report.png`, fullPage: true });
});

test("everyone but admins gets not-found for the privacy pages and routes, and sees no audit link", async ({ page }) => {
  for (const role of ["recruiter", "hiring_manager"] as const) {
    await signIn(page, role);
    await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    const someone = "00000000-0000-4000-8000-000000000000";
    for (const path of ["/dashboard/audit", "/dashboard/reports/self-identification", `/dashboard/candidates/${someone}/privacy`, `/dashboard/applications/${someone}/privacy`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const exported = await page.request.get(`/dashboard/candidates/${someone}/export`);
    expect(exported.status()).toBe(404);
    await page.context().clearCookies();
  }
});

test("without JavaScript, an admin still sets a legal hold", async ({ browser }) => {
  const candidate = uniqueCandidate();
  const applicant = await browser.newPage();
  await applyToSeedJob(applicant, candidate);
  await applicant.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "admin");
  await page.goto(`/dashboard/candidates?q=${encodeURIComponent(candidate.lastName)}`);
  const href = await page.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).getAttribute("href");
  await page.goto(`${href}/privacy`);
  await page.getByRole("checkbox", { name: "Legal hold" }).check();
  await page.getByRole("button", { name: "Save legal hold" }).click();
  await expect(page.getByText("1 application · under legal hold")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Legal hold" })).toBeChecked();
  await context.close();
});
