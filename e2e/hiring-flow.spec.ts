import { expect, test } from "@playwright/test";
import { applyToSeedJob, fillSeedApplication } from "./support/apply";
import { filterBoard, SEED_JOB_PATH, SEED_JOB_TITLE, signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";

test("the seed requisition is live with every section of the posting", async ({ page }) => {
  await page.goto("/jobs");
  await page.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED_JOB_PATH}$`));
  await expect(page.getByRole("heading", { level: 1, name: SEED_JOB_TITLE })).toBeVisible();
  await expect(page.getByText("San Francisco, CA · Bellevue, WA · New York, NY")).toBeVisible();
  await expect(page.getByText("$175,000 – $280,000 per year")).toBeVisible();
  const required = page.getByRole("region", { name: "Required qualifications" }).getByRole("listitem");
  const preferred = page.getByRole("region", { name: "Preferred qualifications" }).getByRole("listitem");
  await expect(required).toHaveCount(8);
  await expect(preferred).toHaveCount(3);
  await expect(required.first()).toHaveText("Expert-level in at least one programming language; write clean, well-designed code.");
  await expect(preferred.last()).toHaveText("Experience building on GCP.");
});

test("a candidate applies; the hiring manager finds them under Applied and moves them, and the move persists", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);

  const team = await browser.newPage();
  await signIn(team, "hiring_manager");
  await team.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(team, `${candidate.firstName} ${candidate.lastName}`);
  const applied = team.getByRole("region", { name: /^Applied/ });
  await applied.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).click();
  await expect(team.getByText("Current stage: Applied")).toBeVisible();

  await team.getByLabel("Move to").selectOption({ label: "Recruiter screen" });
  await team.getByRole("button", { name: "Move" }).click();
  await expect(team.getByRole("main").getByRole("status").filter({ hasText: "Moved to Recruiter screen." })).toBeVisible();
  await team.reload();
  await expect(team.getByText("Current stage: Recruiter screen")).toBeVisible();
  await expect(team.getByRole("region", { name: "History" })).toContainText("Hank Manager moved from Applied to Recruiter screen");

  await team.getByRole("link", { name: SEED_JOB_TITLE }).click();
  await filterBoard(team, `${candidate.firstName} ${candidate.lastName}`);
  await expect(
    team.getByRole("region", { name: /^Recruiter screen/ }).getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }),
  ).toBeVisible();
  await team.close();
});

test("the same email applying twice gets one application and a clear message", async ({ page }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);
  await page.goto(`${SEED_JOB_PATH}/apply`);
  await fillSeedApplication(page, { ...candidate, email: candidate.email.toUpperCase() });
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("heading", { name: "You have already applied to this job" })).toBeVisible();
});

test("a stale move is refused with who moved the candidate", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);
  const first = await browser.newPage();
  // The first page misses live updates, as one whose connection dropped would; otherwise it could
  // refresh to the new stage before its move and the move would (rightly) succeed.
  await first.route("**/api/live**", (route) => route.abort());
  const second = await browser.newPage();
  for (const [p, role] of [[first, "hiring_manager"], [second, "recruiter"]] as const) {
    await signIn(p, role);
    await p.getByRole("link", { name: SEED_JOB_TITLE }).click();
    await filterBoard(p, `${candidate.firstName} ${candidate.lastName}`);
    await p.getByRole("link", { name: `${candidate.firstName} ${candidate.lastName}` }).click();
  }
  await second.getByLabel("Move to").selectOption({ label: "Technical screen" });
  await second.getByRole("button", { name: "Move" }).click();
  await expect(second.getByRole("main").getByRole("status").filter({ hasText: "Moved to Technical screen." })).toBeVisible();

  await first.getByLabel("Move to").selectOption({ label: "Onsite" });
  await first.getByRole("button", { name: "Move" }).click();
  await expect(first.getByRole("main").getByRole("alert")).toContainText("Rita Recruiter moved this candidate to Technical screen at");
  await first.reload();
  await expect(first.getByText("Current stage: Technical screen")).toBeVisible();
});
