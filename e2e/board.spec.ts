import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { applyToSeedJob } from "./support/apply";
import { filterBoard, SEED_JOB_TITLE, signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";

type Role = "hiring_manager" | "recruiter";

/** The seed board, narrowed to the candidates whose name contains `candidates` when given (filterBoard). */
async function openBoard(page: Page, role: Role, candidates?: string) {
  await signIn(page, role);
  await page.getByRole("link", { name: SEED_JOB_TITLE }).click();
  if (candidates) await filterBoard(page, candidates);
  await expect(page.getByRole("region", { name: /^Applied/ })).toBeVisible();
  // The board is interactive once hydrated: the shortcuts button only renders then.
  await expect(page.getByRole("button", { name: /Keyboard shortcuts/ })).toBeVisible();
}

const column = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const card = (page: Page, stage: string, name: string) => column(page, stage).getByRole("listitem", { name, exact: true });

/** Applies as a new candidate; a shared last name (and a first name of their own) lets several share a board filter. */
async function appliedCandidate(page: Page, name?: { firstName: string; lastName: string }) {
  const candidate = { ...uniqueCandidate(), ...name };
  await applyToSeedJob(page, candidate);
  return `${candidate.firstName} ${candidate.lastName}`;
}

test("a card dragged to the next column moves there and stays", async ({ page, browser }) => {
  const name = await appliedCandidate(page);
  const team = await browser.newPage();
  await openBoard(team, "hiring_manager", name);
  const handle = card(team, "Applied", name).getByText("No interviews yet");
  // The newest card is at the bottom of a long column: bring it into view, then drag sideways
  // (columns are as tall as the tallest, so the target is right beside it).
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await column(team, "Recruiter screen").boundingBox();
  if (!from || !to) throw new Error("card or column not laid out");
  const y = from.y + from.height / 2;
  await team.mouse.move(from.x + from.width / 2, y);
  await team.mouse.down();
  await team.mouse.move(from.x + from.width / 2 + 20, y, { steps: 5 });
  await team.mouse.move(to.x + to.width / 2, y, { steps: 20 });
  await team.mouse.up();
  await expect(card(team, "Recruiter screen", name)).toBeVisible();
  await expect(team.getByRole("main").getByRole("status").filter({ hasText: `Moved ${name} to Recruiter screen.` })).toBeVisible();
  await team.reload();
  await expect(card(team, "Recruiter screen", name)).toBeVisible();
  await team.close();
});

test("a card moves with the keyboard only: → advances, the Move to… menu picks a stage, ? lists the shortcuts", async ({ page, browser }) => {
  const name = await appliedCandidate(page);
  const team = await browser.newPage();
  await openBoard(team, "hiring_manager", name);
  await card(team, "Applied", name).getByRole("link", { name }).focus();
  await team.keyboard.press("ArrowRight");
  await expect(card(team, "Recruiter screen", name)).toBeVisible();
  await expect(card(team, "Recruiter screen", name)).toBeFocused();

  await card(team, "Recruiter screen", name).getByRole("button", { name: `Move to… ${name}` }).focus();
  await team.keyboard.press("Enter");
  const menu = team.getByRole("menu", { name: `Move ${name} to` });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Recruiter screen" })).toHaveCount(0);
  await menu.getByRole("menuitem", { name: "Technical screen", exact: true }).focus();
  await team.keyboard.press("Enter");
  await expect(card(team, "Technical screen", name)).toBeVisible();

  await team.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await team.keyboard.press("?");
  await expect(team.getByRole("dialog", { name: "Keyboard shortcuts" })).toContainText("Advance to the next stage");
  await team.keyboard.press("Escape");
  await team.keyboard.press("/");
  await expect(team.getByLabel("Filter by name")).toBeFocused();
  await team.close();
});

test("rejecting asks for a reason, takes the card off the board, and the email can be undone", async ({ page, browser }) => {
  const name = await appliedCandidate(page);
  const team = await browser.newPage();
  await openBoard(team, "recruiter", name);
  await card(team, "Applied", name).getByRole("link", { name }).focus();
  await team.keyboard.press("r");
  const dialog = team.getByRole("dialog", { name: `Reject ${name}` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Reason").selectOption({ label: "Skills gap in required qualifications" });
  await expect(dialog.getByLabel(/Email the candidate/)).toBeChecked();
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(team.getByRole("main").getByRole("status").filter({ hasText: `Rejected ${name}.` })).toContainText("The email to the candidate leaves at");
  await expect(card(team, "Applied", name)).toHaveCount(0);
  await team.getByRole("button", { name: "Undo email" }).click();
  await expect(team.getByRole("main").getByRole("status").filter({ hasText: "The rejection email was cancelled." })).toBeVisible();

  await team.getByRole("link", { name: "Hired, rejected and withdrawn applications" }).click();
  await expect(team.getByRole("row", { name: new RegExp(name) })).toContainText("Rejected");
  await team.close();
});

test("a second session sees a teammate's move live, without reloading", async ({ page, browser }) => {
  const name = await appliedCandidate(page);
  const watcher = await browser.newPage();
  const mover = await browser.newPage();
  await openBoard(watcher, "hiring_manager", name);
  await openBoard(mover, "recruiter", name);
  await watcher.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await expect(card(watcher, "Applied", name)).toBeVisible();

  await card(mover, "Applied", name).getByRole("button", { name: `Move to… ${name}` }).click();
  await mover.getByRole("menuitem", { name: "Onsite", exact: true }).click();
  await expect(card(mover, "Onsite", name)).toBeVisible();

  await expect(card(watcher, "Onsite", name)).toBeVisible({ timeout: 3_000 });
  expect(await watcher.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await watcher.close();
  await mover.close();
});

test("a move from a stale board is refused with who moved the candidate, and the board catches up", async ({ page, browser }) => {
  const name = await appliedCandidate(page);
  const stale = await browser.newPage();
  // This board misses live updates, as one whose connection dropped would.
  await stale.route("**/api/live**", (route) => route.abort());
  const fresh = await browser.newPage();
  await openBoard(stale, "hiring_manager", name);
  await openBoard(fresh, "recruiter", name);

  await card(fresh, "Applied", name).getByRole("button", { name: `Move to… ${name}` }).click();
  await fresh.getByRole("menuitem", { name: "Recruiter screen", exact: true }).click();
  await expect(card(fresh, "Recruiter screen", name)).toBeVisible();

  await card(stale, "Applied", name).getByRole("button", { name: `Move to… ${name}` }).click();
  await stale.getByRole("menuitem", { name: "Technical screen", exact: true }).click();
  await expect(stale.getByRole("main").getByRole("alert")).toContainText("Rita Recruiter moved this candidate to Recruiter screen at");
  await expect(card(stale, "Recruiter screen", name)).toBeVisible();
  await expect(card(stale, "Technical screen", name)).toHaveCount(0);
  await stale.close();
  await fresh.close();
});

test("the live stream answers not-found to an interviewer and to a signed-out visitor", async ({ page, browser }) => {
  await openBoard(page, "hiring_manager");
  const requisitionId = /\/dashboard\/requisitions\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(requisitionId).toBeTruthy();
  const interviewer = await browser.newPage();
  await signIn(interviewer, "interviewer");
  expect((await interviewer.request.get(`/api/live?requisitionId=${requisitionId}`)).status()).toBe(404);
  const visitor = await browser.newContext();
  expect((await visitor.request.get(`/api/live?requisitionId=${requisitionId}`)).status()).toBe(404);
  await visitor.close();
  await interviewer.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  /** A new applicant's card on the recruiter's board. */
  async function openNewCard(page: Page, browser: Browser) {
    const name = await appliedCandidate(page);
    const team = await browser.newPage({ javaScriptEnabled: false });
    await signIn(team, "recruiter");
    await team.getByRole("link", { name: SEED_JOB_TITLE }).click();
    await filterBoard(team, name);
    return { name, team, item: card(team, "Applied", name) };
  }

  /** Checks the cards in the Applied column and moves them with the column's plain form. */
  async function moveFromApplied(page: Page, names: string[], to: string) {
    for (const name of names) await card(page, "Applied", name).getByRole("checkbox", { name: `Select ${name}` }).check();
    const applied = column(page, "Applied");
    await applied.getByLabel("Move the selected in Applied to").selectOption({ label: to });
    await applied.getByRole("button", { name: "Move selected" }).click();
  }

  test("the board is a list of stages with plain move forms", async ({ page, browser }) => {
    const { name, team } = await openNewCard(page, browser);
    await moveFromApplied(team, [name], "Technical screen");
    await expect(card(team, "Technical screen", name)).toBeVisible();
    await expect(team.getByRole("main").getByRole("status")).toContainText("Moved to Technical screen.");
  });

  test("several checked cards of a column move together", async ({ page, browser }) => {
    const shared = `Pair-${randomBytes(4).toString("hex")}`;
    const [name, second] = [await appliedCandidate(page, { firstName: "Ada", lastName: shared }), await appliedCandidate(page, { firstName: "Bea", lastName: shared })];
    const team = await browser.newPage({ javaScriptEnabled: false });
    await signIn(team, "recruiter");
    await team.getByRole("link", { name: SEED_JOB_TITLE }).click();
    await filterBoard(team, shared);
    await moveFromApplied(team, [name, second], "Recruiter screen");
    await expect(team.getByRole("main").getByRole("status")).toContainText("Moved 2 of 2.");
    await expect(card(team, "Recruiter screen", name)).toBeVisible();
    await expect(card(team, "Recruiter screen", second)).toBeVisible();
    await team.close();
  });

  test("a move from a page that is out of date is refused, saying who moved the candidate", async ({ page, browser }) => {
    const { name, team } = await openNewCard(page, browser);
    const other = await browser.newPage({ javaScriptEnabled: false });
    await signIn(other, "hiring_manager");
    await other.getByRole("link", { name: SEED_JOB_TITLE }).click();
    await filterBoard(other, name);
    await expect(card(other, "Applied", name)).toBeVisible();
    await moveFromApplied(team, [name], "Recruiter screen");
    await expect(card(team, "Recruiter screen", name)).toBeVisible();
    // The other page still shows the card in Applied, at its old version.
    await moveFromApplied(other, [name], "Onsite");
    await expect(other.getByRole("main").getByRole("alert")).toContainText("Rita Recruiter moved this candidate to Recruiter screen at");
    await expect(card(other, "Recruiter screen", name)).toBeVisible();
    await other.close();
    await team.close();
  });

  test("rejecting goes from the card to the candidate's page, with a reason from the list and the delayed email", async ({ page, browser }) => {
    const { name, team, item } = await openNewCard(page, browser);
    await item.getByRole("link", { name: "Reject with a reason…" }).click();
    await expect(team.getByRole("heading", { level: 1, name })).toBeVisible();
    const section = team.getByRole("region", { name: "Reject candidate" });
    // A missing reason is refused by the browser before anything is sent: choose one.
    await section.getByLabel("Reason").selectOption({ index: 1 });
    await section.getByLabel("Note").fill("Not enough backend depth for this role.");
    await section.getByRole("button", { name: "Reject" }).click();
    await expect(section.getByRole("status")).toContainText("Rejected. The email to the candidate waits");
    await expect(team.getByText("Current stage: Rejected")).toBeVisible();
    await section.getByRole("button", { name: "Undo email" }).click();
    // The page is rendered anew after the post: the section says what became of the email.
    await expect(section.getByRole("status")).toHaveText("Rejected. The email to the candidate was cancelled: it will not be sent.");
    await expect(section.getByRole("button", { name: "Undo email" })).toHaveCount(0);
    await team.close();
  });
});

test("several selected candidates are emailed together, each by their own name", async ({ page, browser }) => {
  const shared = `Pair-${randomBytes(4).toString("hex")}`;
  const [first, second] = [{ ...uniqueCandidate(), firstName: "Ada", lastName: shared }, { ...uniqueCandidate(), firstName: "Bea", lastName: shared }];
  const applicant = await browser.newPage();
  await applyToSeedJob(applicant, first);
  await applyToSeedJob(applicant, second);
  await applicant.close();
  await openBoard(page, "recruiter", shared);
  for (const c of [first, second]) await page.getByRole("checkbox", { name: `Select ${c.firstName} ${c.lastName}` }).check();
  const toolbar = page.getByRole("toolbar", { name: "Selected candidates" });
  await expect(toolbar).toContainText("2 selected");
  await toolbar.getByText("Email selected…").click();
  await toolbar.getByLabel("Subject").fill("Next steps for {jobTitle}");
  await toolbar.getByLabel("Message").fill("Hello {firstName}, could you share your availability?");
  await toolbar.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Emailed 2 of 2." })).toBeVisible();
});
