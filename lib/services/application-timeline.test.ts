import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { getApplicationTimeline } from "./application-timeline";
import { NotFoundError } from "./errors";
import { addNote } from "./notes";
import { getApplicationDetail, moveApplication } from "./pipeline";

withTestDatabase();

let manager: UserActor;
let outsider: UserActor;

beforeAll(async () => {
  [manager, outsider] = await Promise.all([createTestUser("hiring_manager", "Hank Timeline"), createTestUser("hiring_manager", "Olga Timeline")]);
});

describe("getApplicationTimeline", () => {
  it("merges application, moves, notes and sent emails newest first, with who and when", async () => {
    const title = "Timeline Engineer";
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }], posting: { title } });
    const email = uniqueEmail("cand");
    const applicationId = await applyToTestRequisition(req.slug, { contact: { firstName: "Ada", lastName: "Lovelace", email } });
    // The confirmation email is delivered by the worker; here we mark it sent, and add one for another job.
    await getDb().update(outboxMessages).set({ status: "sent", sentAt: new Date(Date.now() + 1000) }).where(eq(outboxMessages.toAddress, email));
    await getDb().insert(outboxMessages).values({ toAddress: email, subject: "Your application for Some Other Job", textBody: "x", status: "sent", sentAt: new Date() });
    const detail = await getApplicationDetail(manager, applicationId);
    const screen = detail.stages.find((s) => s.name === "Recruiter screen")!;
    await moveApplication(manager, { applicationId, toStageId: screen.id, expectedVersion: 1 }, new Date(Date.now() + 2000));
    await addNote(manager, { applicationId, body: "<script>alert(1)</script>\nsecond line" }, new Date(Date.now() + 3000));

    const timeline = await getApplicationTimeline(manager, applicationId, new Date(Date.now() + 4000));
    expect(timeline.map((e) => e.kind)).toEqual(["note", "moved", "email", "applied"]);
    expect(timeline[0]).toMatchObject({ kind: "note", authorName: "Hank Timeline", body: "<script>alert(1)</script>\nsecond line" });
    expect(timeline[0]).toHaveProperty("editableUntil", expect.any(Date));
    expect(timeline[1]).toMatchObject({ kind: "moved", actorName: "Hank Timeline", from: "Applied", to: "Recruiter screen" });
    expect(timeline[2]).toMatchObject({ kind: "email", subject: `Your application for ${title}` });
    expect(timeline[2]).not.toHaveProperty("body");
    expect(timeline[3]).toMatchObject({ kind: "applied", stageName: "Applied" });
  });

  it("offers the edit only to the author, and not after 15 minutes", async () => {
    const recruiter = await createTestUser("recruiter");
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    const applicationId = await applyToTestRequisition(req.slug);
    const written = new Date();
    await addNote(manager, { applicationId, body: "first impression" }, written);
    const note = async (actor: UserActor, at: Date) => (await getApplicationTimeline(actor, applicationId, at)).find((e) => e.kind === "note");
    expect(await note(manager, written)).toHaveProperty("editableUntil", expect.any(Date));
    expect(await note(recruiter, written)).toHaveProperty("editableUntil", null);
    expect(await note(manager, new Date(written.getTime() + 15 * 60 * 1000))).toHaveProperty("editableUntil", null);
  });

  it("is not found for a hiring manager off the team", async () => {
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    const applicationId = await applyToTestRequisition(req.slug);
    await expect(getApplicationTimeline(outsider, applicationId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
