import { expect, test, type Page } from "@playwright/test";
import { applyToSeedJob } from "./support/apply";
import { openSeedApplicationAsManager, signIn } from "./support/demo";
import { uniqueCandidate } from "./support/files";

const fullName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;

async function move(page: Page, stage: string) {
  await page.getByLabel("Move to").selectOption({ label: stage });
  await page.getByRole("button", { name: "Move", exact: true }).click();
  await expect(page.getByText(`Current stage: ${stage}`)).toBeVisible();
}

test("a note mentioning the recruiter reaches their inbox; only its author can edit it; the history shows everything", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);

  const manager = await browser.newPage();
  await openSeedApplicationAsManager(manager, fullName(candidate));
  const applicationUrl = manager.url();
  const history = manager.getByRole("region", { name: "History" });
  await expect(history).toContainText("Applied — entered Applied");

  const body = `Strong systems background.\n@Rita Recruiter can you book a screen? <b>not bold</b>`;
  await manager.getByLabel("Note", { exact: true }).fill(body);
  await manager.getByRole("button", { name: "Add note" }).click();
  await expect(manager.getByRole("region", { name: "Add a note" }).getByRole("status")).toHaveText("Note added. Notified: Rita Recruiter.");
  const note = history.getByRole("article", { name: "Note by Hank Manager" });
  await expect(note).toContainText("<b>not bold</b>");
  await expect(note).toContainText("Mentioned: Rita Recruiter");

  // The author edits it straight away.
  await note.getByText("Edit note").click();
  await note.getByLabel("Note text").fill(`${body}\nAlso strong on Postgres.`);
  await note.getByRole("button", { name: "Save note" }).click();
  await expect(note.getByRole("status")).toContainText("Note saved.");
  await expect(note).toContainText("(edited)");
  await expect(note).toContainText("Also strong on Postgres.");

  await move(manager, "Recruiter screen");
  await expect(history).toContainText("Hank Manager moved from Applied to Recruiter screen");
  // Newest first: the move, then the note, and the application last.
  const text = await history.innerText();
  expect(text.indexOf("moved from Applied to Recruiter screen")).toBeLessThan(text.indexOf("wrote a note"));
  await expect(history.getByRole("listitem").last()).toContainText("Applied — entered Applied");

  const recruiter = await browser.newPage();
  await signIn(recruiter, "recruiter");
  await recruiter.goto("/dashboard");
  const inbox = recruiter.getByRole("region", { name: "Mentions" });
  await expect(inbox).toContainText("can you book a screen?");
  await inbox.getByRole("link", { name: fullName(candidate) }).click();
  await expect(recruiter).toHaveURL(new RegExp(`${applicationUrl.replace(/[/.]/g, "\\$&")}#note-[0-9a-f-]{36}$`));
  const seen = recruiter.getByRole("region", { name: "History" }).getByRole("article", { name: "Note by Hank Manager" });
  await expect(seen).toContainText("Also strong on Postgres.");
  await expect(seen.getByText("Edit note")).toHaveCount(0);

  await recruiter.goto("/dashboard");
  await inbox.getByRole("button", { name: `Mark the mention on ${fullName(candidate)} as read` }).click();
  await expect(inbox.getByRole("link", { name: fullName(candidate) })).toHaveCount(0);
  await manager.close();
  await recruiter.close();
});

test("previous and next step through the stage without the board, and stop at the ends", async ({ page, browser }) => {
  const first = uniqueCandidate();
  const second = uniqueCandidate();
  await applyToSeedJob(page, first);
  await applyToSeedJob(page, second);

  // Both go to a stage no other test uses: in Applied, a parallel test's candidate could come
  // between them and be moved on before the link to it is followed.
  const manager = await browser.newPage();
  await openSeedApplicationAsManager(manager, fullName(first));
  const firstUrl = manager.url();
  await move(manager, "Offer");
  const other = await browser.newPage();
  await openSeedApplicationAsManager(other, fullName(second));
  const secondUrl = other.url();
  await move(other, "Offer");

  // Newest in the stage first, as on the board: the second, moved last, comes first.
  await expect(other.getByRole("link", { name: "Previous candidate" })).toBeDisabled();
  await other.getByRole("link", { name: "Next candidate" }).click();
  await expect(other).toHaveURL(firstUrl);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(fullName(first));
  await expect(other.getByRole("link", { name: "Next candidate" })).toBeDisabled();
  await other.getByRole("link", { name: "Previous candidate" }).click();
  await expect(other).toHaveURL(secondUrl);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(fullName(second));

  await other.close();
  await manager.close();
});

test("tags are added and deleted from the profile, and bad tags are refused with the text kept", async ({ page, browser }) => {
  const candidate = uniqueCandidate();
  await applyToSeedJob(page, candidate);
  const manager = await browser.newPage();
  await openSeedApplicationAsManager(manager, fullName(candidate));
  const tags = manager.getByRole("region", { name: "Tags" });
  await tags.getByLabel("New tag").fill("Strong Go, referral");
  await tags.getByRole("button", { name: "Add tag" }).click();
  await expect(tags.getByRole("list", { name: "Current tags" })).toHaveText(/referral\s*×?\s*strong go/);
  await tags.getByRole("button", { name: "Delete tag referral" }).click();
  await expect(tags.getByRole("button", { name: "Delete tag referral" })).toHaveCount(0);
  await tags.getByLabel("New tag").fill("no/slashes");
  await tags.getByRole("button", { name: "Add tag" }).click();
  await expect(tags.getByLabel("New tag")).toHaveAccessibleDescription(/Tags are 1–40 characters/);
  await expect(tags.getByLabel("New tag")).toHaveValue("no/slashes");
  await manager.close();
});
