import { expect, test } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { TEST_AUTH_SECRET } from "../scripts/lib/test-auth-secret";
import { applyToSeedJob } from "./support/apply";
import { demoLogin, openSeedApplicationAsManager, signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";

test("a signed-out visitor to the dashboard lands on the sign-in page", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in to Shortlist" })).toBeVisible();
});

test("a session ends a day after signing in, however fresh its cookie; one signed in an hour ago goes on", async ({ page, baseURL }) => {
  await signIn(page, "hiring_manager");
  const cookieName = "authjs.session-token";
  const issued = (await page.context().cookies()).find((cookie) => cookie.name === cookieName);
  const token = await decode({ token: issued!.value, secret: TEST_AUTH_SECRET, salt: cookieName });
  // The cookie Auth.js would have slid forward a minute ago, for a sign-in `hoursAgo` hours back.
  const sessionSignedIn = async (hoursAgo: number) => {
    const value = await encode({ token: { sub: token!.sub, signedInAt: Date.now() - hoursAgo * 3_600_000 }, secret: TEST_AUTH_SECRET, salt: cookieName });
    await page.context().addCookies([{ name: cookieName, value, url: baseURL! }]);
  };

  await sessionSignedIn(1);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await sessionSignedIn(25);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test.describe("wrong credentials get one generic error", () => {
  for (const [name, email] of [
    ["a wrong password", demoLogin("admin").email],
    ["an unknown email", "nobody-here@example.org"],
  ] as const) {
    test(name, async ({ page }) => {
      await page.goto("/login");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("definitely-not-the-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an active account.");
      await expect(page.getByLabel("Email")).toHaveValue(email);
      await expect(page).toHaveURL(/\/login/);
    });
  }
});

test("an interviewer not scheduled on an application gets not-found, and cannot move it", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);
  const manager = await browser.newPage();
  await openSeedApplicationAsManager(manager, `${candidate.firstName} ${candidate.lastName}`);
  const applicationUrl = manager.url();

  const interviewer = await browser.newPage();
  await signIn(interviewer, "interviewer");
  const response = await interviewer.goto(applicationUrl);
  expect(response?.status()).toBe(404);
  await expect(interviewer.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const resume = await interviewer.request.get(`${applicationUrl}/resume`);
  expect(resume.status()).toBe(404);
});

test("the resume downloads as an attachment that the browser will not sniff", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);
  const manager = await browser.newPage();
  await openSeedApplicationAsManager(manager, `${candidate.firstName} ${candidate.lastName}`);
  const response = await manager.request.get(`${manager.url()}/resume`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="resume\.pdf"/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("repeated failed sign-ins for one account are slowed down with a clear message", async ({ page }) => {
  const email = `nobody-${Date.now()}@example.org`;
  await page.goto("/login");
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form clears the password once the attempt has been answered: only then type the next one.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an active account.");
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-again");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Too many failed sign-ins. Wait 15 minutes and try again.");
});
