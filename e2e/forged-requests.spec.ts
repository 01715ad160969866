import { expect, test, type APIRequestContext, type Browser, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { fillSeedApplication } from "./support/apply";
import { SEED_JOB_PATH, demoLogin, signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";

/**
 * Cross-site request forgery, tried for real: genuine server-action and route-handler requests are
 * captured from the browser, then replayed from outside it (no cookies, no browser headers) with a
 * foreign Origin, with no Origin and no Sec-Fetch-Site, and with Sec-Fetch-Site: cross-site. Each is
 * refused with 403 and changes nothing; the same request from our own origin still works.
 */

interface CapturedRequest {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

const forgeries: { name: string; headers: Record<string, string> }[] = [
  { name: "a foreign Origin", headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" } },
  { name: "a foreign Origin without Sec-Fetch-Site", headers: { Origin: "https://evil.example" } },
  { name: "neither Origin nor Sec-Fetch-Site", headers: {} },
  { name: "Sec-Fetch-Site: cross-site", headers: { "Sec-Fetch-Site": "cross-site" } },
  { name: "a sibling site", headers: { Origin: "https://jobs.evil.example", "Sec-Fetch-Site": "same-site" } },
  { name: "Origin: null (a sandboxed frame)", headers: { Origin: "null" } },
];
const sameOrigin = { Origin: new URL(baseURL).origin, "Sec-Fetch-Site": "same-origin" };

/** The headers a server action needs to be recognised as one; everything else is the forger's choice. */
const actionHeaderNames = ["content-type", "next-action", "next-router-state-tree", "accept"];

/** Submits a form in a real browser, captures the POST it makes, and stops it before it reaches the server. */
async function capturePost(page: Page, path: string, submit: () => Promise<void>): Promise<CapturedRequest> {
  let captured: CapturedRequest | undefined;
  await page.route(`**${path}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => actionHeaderNames.includes(name)));
    captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute(`**${path}`);
  expect(captured!.headers["content-type"]).toBeTruthy();
  return captured!;
}

async function replay(api: APIRequestContext, captured: CapturedRequest, headers: Record<string, string>) {
  return api.post(captured.url, { headers: { ...captured.headers, ...headers }, data: captured.body, maxRedirects: 0 });
}

function sessionCookieSet(headers: { name: string; value: string }[]): boolean {
  return headers.some((h) => h.name.toLowerCase() === "set-cookie" && /authjs\.session-token=[^;]+/.test(h.value));
}

/** A context with nothing of the browser: no cookies, no Origin, no Sec-Fetch-* unless a test adds them. */
async function outsider(playwright: PlaywrightWorkerArgs["playwright"]): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL });
}

async function captureSignIn(browser: Browser, javaScriptEnabled: boolean): Promise<CapturedRequest> {
  const page = await browser.newPage({ javaScriptEnabled });
  const { email, password } = demoLogin("recruiter");
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const captured = await capturePost(page, "/login", () => page.getByRole("button", { name: "Sign in" }).click());
  await page.close();
  return captured;
}

for (const javaScriptEnabled of [true, false]) {
  const kind = javaScriptEnabled ? "the sign-in server action (fetch)" : "the sign-in form post without JavaScript";
  test(`${kind} is refused from another site and works from ours`, async ({ browser, playwright }) => {
    const captured = await captureSignIn(browser, javaScriptEnabled);
    if (javaScriptEnabled) expect(captured.headers["next-action"]).toBeTruthy();
    else expect(captured.body.toString("latin1")).toContain("$ACTION_");
    const api = await outsider(playwright);
    for (const forgery of forgeries) {
      const response = await replay(api, captured, forgery.headers);
      expect(response.status(), forgery.name).toBe(403);
      expect(sessionCookieSet(response.headersArray()), forgery.name).toBe(false);
    }
    const genuine = await replay(api, captured, sameOrigin);
    expect(genuine.status()).toBeLessThan(400);
    expect(sessionCookieSet(genuine.headersArray())).toBe(true);
    // Origin alone is enough (older browsers send no Sec-Fetch-Site), and so is Sec-Fetch-Site alone.
    const partial: Record<string, string>[] = [{ Origin: sameOrigin.Origin }, { "Sec-Fetch-Site": "same-origin" }];
    for (const headers of partial) {
      expect(sessionCookieSet((await replay(await outsider(playwright), captured, headers)).headersArray())).toBe(true);
    }
  });
}

async function searchCandidates(page: Page, lastName: string) {
  await page.goto(`/dashboard/candidates?q=${encodeURIComponent(lastName)}`);
  return page.getByRole("region", { name: "Results" }).getByRole("status");
}

test("the apply server action is refused from another site, creates nothing, and works from ours", async ({ browser, playwright, page }) => {
  const candidate = uniqueCandidate();
  const applicant = await browser.newPage();
  await applicant.goto(`${SEED_JOB_PATH}/apply`);
  await fillSeedApplication(applicant, candidate);
  const captured = await capturePost(applicant, `${SEED_JOB_PATH}/apply`, () => applicant.getByRole("button", { name: "Submit application" }).click());
  // The page loads no framework script (lib/app/script-free-page.ts): its own script posts the form
  // as a browser without JavaScript does, with the action's reference in the body.
  expect(captured.body.toString("latin1")).toMatch(/name="\$ACTION_(REF|ID)_/);
  // Its request was cut off: the form says so and keeps everything, and nothing was sent again.
  await expect(applicant.getByRole("alert")).toContainText("could not be sent");
  await expect(applicant.getByLabel("Email", { exact: true })).toHaveValue(candidate.email);

  const api = await outsider(playwright);
  for (const forgery of forgeries) {
    const response = await replay(api, captured, forgery.headers);
    expect(response.status(), forgery.name).toBe(403);
    expect(await response.text(), forgery.name).toBe("Cross-site request refused.");
  }
  await signIn(page, "recruiter");
  await expect(await searchCandidates(page, candidate.lastName)).toContainText("No candidates found.");

  const genuine = await replay(api, captured, sameOrigin);
  expect(genuine.status()).toBeLessThan(400);
  await expect(async () => {
    await expect(await searchCandidates(page, candidate.lastName)).toHaveText("1 candidate found.", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test("Auth.js's own POST endpoints refuse another site and still work from ours", async ({ playwright }) => {
  const { email, password } = demoLogin("recruiter");
  const signInBy = async (headers: Record<string, string>) => {
    const api = await outsider(playwright);
    // The CSRF token comes with a cookie; both must travel with the POST, as from the sign-in page.
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return api.post("/api/auth/callback/credentials", { headers, form: { email, password, csrfToken }, maxRedirects: 0 });
  };
  for (const forgery of forgeries) {
    const response = await signInBy(forgery.headers);
    expect(response.status(), forgery.name).toBe(403);
    expect(sessionCookieSet(response.headersArray()), forgery.name).toBe(false);
  }
  const genuine = await signInBy(sameOrigin);
  expect(genuine.status()).toBe(302);
  expect(sessionCookieSet(genuine.headersArray())).toBe(true);

  const signOut = await (await outsider(playwright)).post("/api/auth/signout", { headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(signOut.status()).toBe(403);
});

test("every mutating method is covered, and reading is not blocked", async ({ request }) => {
  for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
    const response = await request.fetch("/dashboard/reports/export?table=funnel", { method, headers: { Origin: "https://evil.example" } });
    expect(response.status(), method).toBe(403);
  }
  // A link from another site to a public page is how candidates arrive: GET is never refused.
  const arriving = await request.get(SEED_JOB_PATH, { headers: { "Sec-Fetch-Site": "cross-site", Referer: "https://board.example/" } });
  expect(arriving.status()).toBe(200);
});
