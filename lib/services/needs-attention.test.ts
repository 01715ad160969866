import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, stages } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { NotFoundError } from "./errors";
import { getNeedsAttention } from "./needs-attention";
import { getApplicationDetail, moveApplication } from "./pipeline";

withTestDatabase();

let manager: UserActor;
let outsider: UserActor;
let interviewer: UserActor;
const DAY = 86_400_000;

beforeAll(async () => {
  [manager, outsider, interviewer] = await Promise.all([createTestUser("hiring_manager"), createTestUser("hiring_manager"), createTestUser("interviewer")]);
});

describe("getNeedsAttention", () => {
  it("lists applications over their stage's target and ones never answered, and not the others", async () => {
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: interviewer.id, role: "interviewer" }] });
    const apply = (firstName: string) => applyToTestRequisition(req.slug, { contact: { firstName, lastName: "Test", email: uniqueEmail() } });
    const [fresh, ignored, idle, moved, withdrawn] = [await apply("Fresh"), await apply("Ignored"), await apply("Idle"), await apply("Moved"), await apply("Withdrawn")];
    const detail = await getApplicationDetail(manager, idle);
    const screen = detail.stages.find((s) => s.name === "Recruiter screen")!;
    await getDb().update(stages).set({ targetDays: 3 }).where(eq(stages.id, screen.id));
    const now = new Date();
    const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
    await moveApplication(manager, { applicationId: idle, toStageId: screen.id, expectedVersion: 1 }, daysAgo(5));
    await moveApplication(manager, { applicationId: moved, toStageId: screen.id, expectedVersion: 1 }, daysAgo(1));
    for (const id of [ignored, withdrawn]) await getDb().update(applications).set({ createdAt: daysAgo(10), stageEnteredAt: daysAgo(10) }).where(eq(applications.id, id));
    await getDb().update(applications).set({ withdrawnAt: now }).where(eq(applications.id, withdrawn));

    const { items, more } = await getNeedsAttention(manager, req.id, now);
    expect(more).toBe(false);
    expect(items.map((i) => [i.candidateName, i.why])).toEqual([
      ["Ignored Test", "never-answered"],
      ["Idle Test", "over-target"],
    ]);
    expect(items[1]).toMatchObject({ stageName: "Recruiter screen", targetDays: 3 });
    expect(items.map((i) => i.applicationId)).not.toContain(fresh);

    // With room for one, the list says there are more than it shows.
    expect(await getNeedsAttention(manager, req.id, now, 1)).toEqual({ items: [items[0]], more: true });
    expect((await getNeedsAttention(manager, req.id, now, 2)).more).toBe(false);
  });

  it("shows nothing to an interviewer and not-found to a hiring manager off the team", async () => {
    const req = await createTestRequisition({ team: [{ userId: interviewer.id, role: "interviewer" }] });
    expect(await getNeedsAttention(interviewer, req.id)).toEqual({ items: [], more: false });
    await expect(getNeedsAttention(outsider, req.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
