import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, resumes } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { getApplicationProfile } from "./application-profile";
import { NotFoundError } from "./errors";

withTestDatabase();

let manager: UserActor;
let recruiter: UserActor;
let interviewer: UserActor;

beforeAll(async () => {
  [manager, recruiter, interviewer] = await Promise.all([createTestUser("hiring_manager"), createTestUser("recruiter"), createTestUser("interviewer")]);
});

const contact = (email: string) => ({ firstName: "Mary", lastName: "Jackson", email });

describe("getApplicationProfile", () => {
  it("lists the candidate's other applications only where the actor may see them", async () => {
    const ours = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    const alsoOurs = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }], posting: { title: "Also Ours" } });
    const theirs = await createTestRequisition({ team: [{ userId: interviewer.id, role: "interviewer" }], posting: { title: "Not Ours" } });
    const email = uniqueEmail();
    const here = await applyToTestRequisition(ours.slug, { contact: contact(email) });
    const visible = await applyToTestRequisition(alsoOurs.slug, { contact: contact(email) });
    const hidden = await applyToTestRequisition(theirs.slug, { contact: contact(email) });

    const forManager = await getApplicationProfile(manager, here);
    expect(forManager.otherApplications.map((a) => a.id)).toEqual([visible]);
    expect(forManager.otherApplications[0]).toMatchObject({ requisitionTitle: "Also Ours", stageName: "Applied", withdrawn: false });
    const forRecruiter = await getApplicationProfile(recruiter, here);
    expect(forRecruiter.otherApplications.map((a) => a.id).sort()).toEqual([visible, hidden].sort());
    await expect(getApplicationProfile(manager, hidden)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getApplicationProfile(interviewer, hidden)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("steps through the stage newest first, as the board does, ties broken by id, skipping withdrawn ones, with no neighbour at the ends", async () => {
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await applyToTestRequisition(req.slug));
    await getDb().update(applications).set({ withdrawnAt: new Date(), stageEnteredAt: new Date("2030-01-01T00:00:02Z") }).where(eq(applications.id, ids.pop()!));
    const entered = ["2030-01-01T00:00:03Z", "2030-01-01T00:00:01Z", "2030-01-01T00:00:02Z", "2030-01-01T00:00:02Z"];
    for (const [i, id] of ids.entries()) await getDb().update(applications).set({ stageEnteredAt: new Date(entered[i]!) }).where(eq(applications.id, id));
    const tied = [ids[2]!, ids[3]!].sort().reverse();
    const order = [ids[0]!, ...tied, ids[1]!];
    for (const [i, id] of order.entries()) {
      const { neighbours } = await getApplicationProfile(manager, id);
      expect(neighbours).toEqual({ previousId: order[i - 1] ?? null, nextId: order[i + 1] ?? null });
    }
  });

  it("gives the resume text when it was read, and says so when it is pending or unavailable", async () => {
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    const id = await applyToTestRequisition(req.slug);
    expect((await getApplicationProfile(manager, id)).resumeText).toEqual({ status: "pending" });
    await getDb().update(resumes).set({ textStatus: "ok", text: "Ten years of <b>Go</b>" }).where(eq(resumes.applicationId, id));
    expect((await getApplicationProfile(manager, id)).resumeText).toEqual({ status: "ok", text: "Ten years of <b>Go</b>" });
    await getDb().update(resumes).set({ textStatus: "unavailable", text: null, textNote: "scanned image" }).where(eq(resumes.applicationId, id));
    expect((await getApplicationProfile(manager, id)).resumeText).toEqual({ status: "unavailable", note: "scanned image" });
    await getDb().delete(resumes).where(eq(resumes.applicationId, id));
    expect((await getApplicationProfile(manager, id)).resumeText).toEqual({ status: "none" });
  });
});
