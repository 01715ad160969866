import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers } from "../../db/seed/demo-users";

export const SEED_JOB_TITLE = "Backend Software Engineer";
export const SEED_JOB_PATH = "/jobs/backend-software-engineer";

export function demoLogin(role: "admin" | "recruiter" | "hiring_manager" | "interviewer") {
  const user = demoUsers.find((u) => u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  return { email: user.email, password: DEMO_PASSWORD, name: user.name };
}

export async function signIn(page: Page, role: Parameters<typeof demoLogin>[0]) {
  const { email, password } = demoLogin(role);
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/dashboard");
}

/**
 * Narrows the open board to the candidates whose name contains `name`, with its "Filter by name"
 * form (the server filters every column). The seed requisition gathers every test's applicants, 10
 * to a column's page: a parallel test's newer applicants may push this one past the first page.
 */
export async function filterBoard(page: Page, name: string) {
  await page.getByLabel("Filter by name").fill(name);
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await page.waitForURL(/[?&]q=/);
}

/** Signs in as the hiring manager and opens one candidate's application on the seed requisition. */
export async function openSeedApplicationAsManager(page: Page, candidateName: string) {
  await signIn(page, "hiring_manager");
  await page.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(page, candidateName);
  await page.getByRole("link", { name: candidateName }).click();
  await page.waitForURL(/\/dashboard\/applications\/[0-9a-f-]{36}$/);
}

/** A demo user by name (e.g. "Ivan Interviewer"), signed in in a context of their own. */
export async function signInAs(browser: Browser, name: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const user = demoUsers.find((u) => u.name === name);
  if (!user) throw new Error(`no demo user ${name}`);
  const page = await (await browser.newContext(options)).newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/dashboard");
  return page;
}
