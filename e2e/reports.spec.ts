import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { applyToSeedJob } from "./support/apply";
import { SEED_JOB_TITLE, signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";

const today = () => new Date().toISOString().slice(0, 10);

/** The funnel table's rows as [stage, reached], read the way a user reads it. */
async function funnelRows(page: Page): Promise<[string, number][]> {
  const table = page.getByRole("table", { name: "Applications that reached each stage, and where they left" });
  const rows = await table.getByRole("row").all();
  const result: [string, number][] = [];
  for (const row of rows.slice(1)) {
    const stage = (await row.getByRole("rowheader").textContent()) ?? "";
    const reached = Number(await row.getByRole("cell").first().textContent());
    result.push([stage, reached]);
  }
  return result;
}

test("the hiring manager filters the reports of the seed job and exports the funnel as CSV", async ({ page, browser }) => {
  await applyToSeedJob(await browser.newPage(), uniqueCandidate());
  await signIn(page, "hiring_manager");
  await page.goto("/dashboard/reports");
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();

  // A period before anyone applied: every stage reached by nobody.
  await page.getByLabel("Requisition", { exact: true }).selectOption({ label: SEED_JOB_TITLE });
  await page.getByLabel("Applied from", { exact: true }).fill("2001-01-01");
  await page.getByLabel("Applied to", { exact: true }).fill("2001-12-31");
  await page.getByRole("button", { name: "Show reports" }).click();
  await expect(page).toHaveURL(/[?&]from=2001-01-01&to=2001-12-31/);
  await expect(page.getByLabel("Requisition", { exact: true })).toHaveValue(/^[0-9a-f-]{36}$/);
  const empty = await funnelRows(page);
  expect(empty.length).toBeGreaterThan(0);
  expect(empty.every(([, reached]) => reached === 0)).toBe(true);

  // Up to today: at least the application made above.
  await page.getByLabel("Applied to", { exact: true }).fill(today());
  await page.getByRole("button", { name: "Show reports" }).click();
  await expect(page).toHaveURL(new RegExp(`to=${today()}`));
  const shown = await funnelRows(page);
  expect(shown[0]?.[0]).toBe("Applied");
  expect(shown[0]?.[1]).toBeGreaterThan(0);
  await expect(page.getByRole("img", { name: /^Applications that reached each stage: Applied \d+ applications/ })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV: Funnel" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`shortlist-funnel-2001-01-01-to-${today()}.csv`);
  const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const [header, ...lines] = csv.trimEnd().split("\r\n");
  expect(header).toBe("Stage,Reached,Conversion from previous stage (%),Left: rejected,Left: withdrew");
  const exported = lines.map((line) => line.split(",")).map(([stage, reached]) => [stage, Number(reached)] as const);
  expect(exported.map(([stage]) => stage)).toEqual(shown.map(([stage]) => stage));
  // Other tests apply and move candidates meanwhile; "reached" only ever grows within a period.
  exported.forEach(([, reached], i) => expect(reached).toBeGreaterThanOrEqual(shown[i]![1]));

  const response = await page.request.get(page.url().replace("/dashboard/reports?", "/dashboard/reports/export?table=sources&"));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="shortlist-sources-/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("an interviewer gets not-found for the reports and their export", async ({ page }) => {
  await signIn(page, "interviewer");
  const response = await page.goto("/dashboard/reports");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const exported = await page.request.get("/dashboard/reports/export?table=funnel");
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain("Stage,Reached");
});

test("the reports stay light when the system prefers dark, like the rest of the app", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, "hiring_manager");
  await page.goto("/dashboard/reports");
  const funnel = page.getByRole("region", { name: "Funnel" });
  await expect(funnel).toBeVisible();
  await expect(funnel).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await expect(page.getByLabel("Requisition", { exact: true })).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await page.screenshot({ path: testInfo.outputPath("reports-dark-preference.png"), fullPage: true });
});

test("the report charts draw under the content security policy, hidden behind their text alternative", async ({ page }, testInfo) => {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const list = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to|width\(|height\(/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await applyToSeedJob(await page.context().newPage(), uniqueCandidate());
  await signIn(page, "hiring_manager");

  // The server HTML reserves each chart's space (no layout shift) without a style attribute the policy would refuse.
  const html = await (await page.request.get("/dashboard/reports")).text();
  expect(html).toMatch(/<figure role="img" aria-label="Applications that reached each stage: Applied \d+ applications/);
  expect(html).not.toMatch(/<[^>]+\sstyle="/);

  await page.goto("/dashboard/reports");
  const funnel = page.getByRole("img", { name: /^Applications that reached each stage: Applied \d+ applications/ });
  await expect(funnel).toBeVisible();
  // recharts has drawn: the stages as labels and every stage's count beside its bar (zeros included),
  // the same as the table; the bars in the brand colour.
  const bars = funnel.locator(".recharts-bar-rectangle path");
  await expect(bars.first()).toBeVisible();
  const stages = await funnelRows(page);
  await expect(funnel.locator(".recharts-yAxis-tick-labels text")).toHaveText(stages.map(([stage]) => stage));
  await expect(funnel.locator(".recharts-label-list text")).toHaveText(stages.map(([, reached]) => String(reached)));
  await expect(bars.first()).toHaveAttribute("fill", "#1e40af");
  const box = await bars.first().boundingBox();
  expect(box?.width).toBeGreaterThan(2);

  // Nothing inside the picture is in the tab order or speaks for itself: the summary and the table do.
  // (recharts' layer groups carry tabindex="-1", out of the tab order, and axe accepts that under aria-hidden.)
  expect(await funnel.locator("[tabindex]:not([tabindex='-1']), a, button, input").count()).toBe(0);
  expect(await funnel.locator("svg.recharts-surface").evaluate((svg) => svg.closest("[aria-hidden='true']") !== null)).toBe(true);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const relevant = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical" || v.nodes.some((n) => /figure|recharts/.test(n.html)));
  expect(relevant.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  await page.screenshot({ path: testInfo.outputPath("reports-charts.png"), fullPage: true });
  expect(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])).toEqual([]);
  expect(problems).toEqual([]);
});
