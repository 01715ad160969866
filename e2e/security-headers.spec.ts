import { randomBytes } from "node:crypto";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { SEED_JOB_PATH, SEED_JOB_TITLE, signIn } from "./support/demo";

/**
 * Every kind of response carries the security headers, with a CSP whose script nonce is fresh per
 * request; and the pages still hydrate under that policy without a single violation.
 */

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name.toLowerCase(), values];
    }),
  );
}

/** Checks the headers of one response and returns its script nonce. */
function expectSecurityHeaders(response: APIResponse, label: string): string {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"], label).toBeUndefined();
  // Over plain http (this test server), no HSTS: see the X-Forwarded-Proto test below.
  expect(headers["strict-transport-security"], label).toBeUndefined();
  const policy = headers["content-security-policy"];
  expect(policy, label).toBeTruthy();
  expect(policy, label).not.toContain(","); // one policy, not two merged headers
  const csp = directives(policy ?? "");
  const scripts = csp.get("script-src") ?? [];
  expect(scripts, label).toContain("'self'");
  expect(scripts, label).toContain("'strict-dynamic'");
  expect(scripts, label).not.toContain("'unsafe-inline'");
  expect(scripts, label).not.toContain("'unsafe-eval'");
  expect(csp.get("frame-ancestors"), label).toEqual(["'none'"]);
  expect(csp.get("object-src"), label).toEqual(["'none'"]);
  expect(csp.get("base-uri"), label).toEqual(["'none'"]);
  expect(csp.get("form-action"), label).toEqual(["'self'"]);
  expect(csp.get("connect-src"), label).toEqual(["'self'"]);
  expect(csp.get("img-src"), label).toEqual(["'self'", "data:"]);
  const nonce = scripts.map((source) => /^'nonce-([A-Za-z0-9+/=_-]+)'$/.exec(source)?.[1]).find(Boolean);
  expect(nonce, `${label}: script nonce`).toBeTruthy();
  expect(nonce!.length, label).toBeGreaterThanOrEqual(22);
  return nonce!;
}

/** Every executable script in the HTML carries the response's nonce; data blocks (JSON-LD) need none. */
function expectScriptsNonced(html: string, nonce: string, label: string) {
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(tags.length, label).toBeGreaterThan(0);
  for (const tag of tags) {
    if (/type="application\/ld\+json"/i.test(tag)) continue;
    expect(tag, label).toContain(`nonce="${nonce}"`);
  }
}

const publicPages = [
  { label: "job board", path: "/jobs" },
  { label: "filtered job board", path: "/jobs?workplace=remote" },
  { label: "public job page", path: SEED_JOB_PATH },
  { label: "apply page", path: `${SEED_JOB_PATH}/apply` },
  { label: "sign-in page", path: "/login" },
  { label: "privacy notice", path: "/privacy" },
  { label: "404 page", path: "/no-such-page", status: 404 },
];

/** What a browser navigation asks for: only such requests are answered from the public-page cache. */
const documentAccept = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

test("every kind of page, route handler and redirect carries the headers, with a fresh nonce per request", async ({ page }) => {
  const seen = new Set<string>();
  for (const { label, path, status = 200 } of publicPages) {
    // As a script asks (rendered per request) and twice as a browser does (the public pages from their cache).
    for (const headers of [{}, documentAccept, documentAccept]) {
      const response = await page.request.get(path, { headers });
      expect(response.status(), label).toBe(status);
      const nonce = expectSecurityHeaders(response, label);
      expectScriptsNonced(await response.text(), nonce, label);
      expect(seen.has(nonce), `${label}: nonce reused`).toBe(false);
      seen.add(nonce);
    }
  }

  const redirect = await page.request.get("/dashboard", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect, "signed-out dashboard redirect");

  const closed = await page.request.get("/jobs/support-operations-analyst/apply");
  expect(closed.status()).toBe(410);
  expectSecurityHeaders(closed, "closed job's apply page");

  for (const path of ["/api/auth/session", "/robots.txt", "/sitemap.xml"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, path);
  }

  await signIn(page, "recruiter");
  for (const path of ["/dashboard", "/dashboard/candidates", "/dashboard/reports"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expectScriptsNonced(await response.text(), expectSecurityHeaders(response, path), path);
  }
  const csv = await page.request.get("/dashboard/reports/export?table=funnel");
  expect(csv.status()).toBe(200);
  expectSecurityHeaders(csv, "CSV export route handler");

  // What the proxy does not see still gets nosniff and a policy that allows nothing.
  const health = await page.request.get("/api/health");
  expect(health.headers()["x-content-type-options"]).toBe("nosniff");
  expect(health.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(health.headers()["x-powered-by"]).toBeUndefined();
});

test("HSTS and the upgrade directive only when the request arrived over https", async ({ request }) => {
  const behindTls = await request.get("/jobs", { headers: { "X-Forwarded-Proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(directives(behindTls.headers()["content-security-policy"] ?? "").has("upgrade-insecure-requests")).toBe(true);

  const plain = await request.get("/jobs");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  expect(directives(plain.headers()["content-security-policy"] ?? "").has("upgrade-insecure-requests")).toBe(false);
});

/** Records CSP violations, console complaints and uncaught errors for the life of the page. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const list = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function violationsIn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/**
 * Hydration shows as a client-side navigation: a marker set on `window` survives following a link
 * only if React took the click (a full page load would start a fresh window).
 */
async function expectClientNavigation(page: Page, link: { name: string | RegExp }, to: RegExp) {
  await page.evaluate(() => ((window as unknown as { __sameDocument?: string }).__sameDocument = "kept"));
  await page.getByRole("link", link).first().click();
  await expect(page).toHaveURL(to);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: string }).__sameDocument)).toBe("kept");
}

test("pages hydrate under the policy and the browser reports no violation", async ({ page }) => {
  const problems = await watchForViolations(page);
  const visits: { path: string; link: { name: string | RegExp }; to: RegExp }[] = [
    { path: "/jobs", link: { name: SEED_JOB_TITLE }, to: new RegExp(`${SEED_JOB_PATH}$`) },
    { path: SEED_JOB_PATH, link: { name: "Apply for this job" }, to: /\/apply$/ },
    { path: "/privacy", link: { name: "Team sign-in" }, to: /\/login$/ },
    { path: "/no-such-page", link: { name: "See open jobs" }, to: /\/jobs$/ },
  ];
  for (const { path, link, to } of visits) {
    await page.goto(path);
    await expectClientNavigation(page, link, to);
    expect(await violationsIn(page), path).toEqual([]);
  }

  // The apply page is served without the framework's scripts (lib/app/script-free-page.ts): its one
  // inline script runs under the policy, and its links are plain document navigations.
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
  expect(await violationsIn(page), "apply page").toEqual([]);
  await page.getByRole("link", { name: "← Back to the job" }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED_JOB_PATH}$`));

  // The sign-in form's error comes back through the server action without a page load.
  await page.goto("/login");
  await page.evaluate(() => ((window as unknown as { __sameDocument?: string }).__sameDocument = "kept"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email and password.")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: string }).__sameDocument)).toBe("kept");

  await signIn(page, "recruiter");
  await expectClientNavigation(page, { name: SEED_JOB_TITLE }, /\/dashboard\/requisitions\/[0-9a-f-]{36}$/);
  expect(await violationsIn(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("markup injected into a page cannot run: the browser blocks it and reports the violation", async ({ page }) => {
  // The control for the test above: an inline script without the nonce, as an XSS would add it.
  await page.route("**/privacy", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", `<script>window.__injected = true</script><img src=x onerror="window.__injected = true"></body>`);
    expect(html).toContain("window.__injected");
    await route.fulfill({ response, body: html });
  });
  await watchForViolations(page);
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { name: "Privacy notice" })).toBeVisible();
  await expect.poll(() => violationsIn(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test.describe("the public-page cache (lib/security/rendered-page-cache.ts)", () => {
  test("two anonymous visits in a row get the same page with different nonces, in the header and on every script", async ({ request }) => {
    const visits: { nonce: string; html: string }[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get(SEED_JOB_PATH, { headers: documentAccept });
      expect(response.status()).toBe(200);
      const nonce = expectSecurityHeaders(response, `visit ${i + 1}`);
      const html = await response.text();
      expectScriptsNonced(html, nonce, `visit ${i + 1}`);
      // Next's own style and preload tags carry it too, and no other nonce appears anywhere.
      for (const [, other] of html.matchAll(/nonce="([^"]*)"/g)) expect(other, `visit ${i + 1}`).toBe(nonce);
      visits.push({ nonce, html });
    }
    const [first, second] = visits as [{ nonce: string; html: string }, { nonce: string; html: string }];
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.html).not.toContain(first.nonce);
    expect(second.html.replaceAll(second.nonce, "NONCE")).toBe(first.html.replaceAll(first.nonce, "NONCE"));
  });

  test("a job page served again and again hydrates without a single CSP violation", async ({ page }) => {
    const problems = await watchForViolations(page);
    for (let i = 0; i < 3; i++) {
      await page.goto(SEED_JOB_PATH);
      await expect(page.getByRole("heading", { level: 1, name: SEED_JOB_TITLE })).toBeVisible();
      expect(await violationsIn(page), `visit ${i + 1}`).toEqual([]);
    }
    await expectClientNavigation(page, { name: "← All jobs" }, /\/jobs$/);
    await expectClientNavigation(page, { name: SEED_JOB_TITLE }, new RegExp(`${SEED_JOB_PATH}$`));
    expect(await violationsIn(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("an edit to a published requisition shows on the public page within about a second", async ({ page, browser }) => {
    const title = `Cache Check Engineer ${randomBytes(3).toString("hex")}`;
    await signIn(page, "recruiter");
    await page.getByRole("link", { name: "New requisition" }).click();
    await page.getByLabel("Posting text").fill(`${title}\nAcme Analytics · Data Platform · Remote (US) · Full-time\n\nAbout the role\nYou will keep the pipelines running.\n\nRequirements\n- 3+ years of Python.\n`);
    await page.getByRole("button", { name: "Parse posting" }).click();
    await expect(page.getByLabel("Job title")).toHaveValue(title);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Published: the job is live on the careers site." })).toBeVisible();
    const publicPath = new URL(await page.getByRole("link", { name: "Public job page" }).getAttribute("href") ?? "", "http://x").pathname;

    // An anonymous visitor keeps the page in the cache right up to the save.
    const visitor = await browser.newContext();
    const read = async () => (await visitor.request.get(publicPath, { headers: documentAccept })).text();
    expect(await read()).toContain(title);
    let visiting = true;
    const keepWarm = (async () => {
      while (visiting) await read();
    })();

    await page.getByRole("link", { name: "Edit posting" }).click();
    await page.getByLabel("Job title").fill(`${title} (Remote)`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
    const savedAt = Date.now();
    await expect.poll(read, { timeout: 2_000, intervals: [100] }).toContain(`${title} (Remote)`);
    const visibleAfter = Date.now() - savedAt;
    visiting = false;
    await keepWarm;
    await visitor.close();
    test.info().annotations.push({ type: "edit visible after", description: `${visibleAfter} ms` });
    expect(visibleAfter).toBeLessThanOrEqual(2_000);
  });
});
