import { and, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { qualifications, requisitionStatusEvents } from "@/db/schema";
import { createTestRequisition, createTestUser, testPosting } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { draftFromPosting } from "@/lib/domain/requisition-draft";
import { getApplicationForm } from "./application-form";
import { NotFoundError, ValidationError } from "./errors";
import { changeRequisitionStatus, getRequisitionForEditing, updateRequisition } from "./requisition-editing";
import { createRequisitionFromDraft } from "./requisitions";

withTestDatabase();

let recruiter: UserActor;
let manager: UserActor;
let interviewer: UserActor;
let outsider: UserActor;

beforeAll(async () => {
  [recruiter, manager, interviewer, outsider] = await Promise.all([
    createTestUser("recruiter"),
    createTestUser("hiring_manager"),
    createTestUser("interviewer"),
    createTestUser("hiring_manager"),
  ]);
});

const team = () => [
  { userId: manager.id, role: "hiring_manager" as const },
  { userId: interviewer.id, role: "interviewer" as const },
];

describe("createRequisitionFromDraft", () => {
  it("lets a recruiter save a draft and records the first status event", async () => {
    const created = await createRequisitionFromDraft(recruiter, { draft: draftFromPosting(testPosting()), status: "draft" });
    const events = await getDb().select().from(requisitionStatusEvents).where(eq(requisitionStatusEvents.requisitionId, created.id));
    expect(events).toMatchObject([{ fromStatus: null, toStatus: "draft", actorUserId: recruiter.id }]);
  });

  it.each([
    { who: "a hiring manager", actor: () => manager },
    { who: "an interviewer", actor: () => interviewer },
  ])("answers not-found to $who", async ({ actor }) => {
    await expect(createRequisitionFromDraft(actor(), { draft: draftFromPosting(testPosting()), status: "draft" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a draft with a missing title or an upside-down pay range, naming the fields", async () => {
    const draft = draftFromPosting(testPosting({ title: " ", compensation: { min: 90, max: 10, currency: "EUR", period: "hour" } }));
    await expect(createRequisitionFromDraft(recruiter, { draft, status: "draft" })).rejects.toMatchObject({
      fieldErrors: { title: ["Enter a job title."], "compensation.max": ["The minimum pay is above the maximum."] },
    });
  });
});

describe("updateRequisition", () => {
  it("keeps a qualification's identity through a text edit and a move to required, and archives a removed one", async () => {
    const req = await createTestRequisition({ team: team() });
    const editable = await getRequisitionForEditing(manager, req.id);
    const [first, second, preferred] = editable.draft.qualifications;
    expect(preferred?.kind).toBe("preferred");
    const saved = await updateRequisition(manager, req.id, {
      ...editable.draft,
      title: "Senior Platform Engineer",
      qualifications: [
        { ...first!, text: "Six years of Go." },
        { ...preferred!, kind: "required" },
      ],
    });
    expect(saved.slug).toBe(req.slug);
    const after = await getRequisitionForEditing(manager, req.id);
    expect(after.draft.title).toBe("Senior Platform Engineer");
    expect(after.draft.qualifications).toEqual([
      { id: first!.id, kind: "required", text: "Six years of Go." },
      { id: preferred!.id, kind: "required", text: "Terraform." },
    ]);
    const archived = await getDb()
      .select()
      .from(qualifications)
      .where(and(eq(qualifications.requisitionId, req.id), isNotNull(qualifications.archivedAt)));
    expect(archived.map((q) => q.id)).toEqual([second!.id]);
  });

  it("changes what the public apply form asks, though the form is kept between reads", async () => {
    const req = await createTestRequisition({ team: team() });
    const editable = await getRequisitionForEditing(manager, req.id);
    const texts = (form: Awaited<ReturnType<typeof getApplicationForm>>) => [...form.job.requiredQualifications, ...form.job.preferredQualifications].map((q) => q.text);
    expect(texts(await getApplicationForm(req.slug))).toEqual(editable.draft.qualifications.map((q) => q.text));
    const [first] = editable.draft.qualifications;
    await updateRequisition(manager, req.id, { ...editable.draft, qualifications: [{ ...first!, text: "Six years of Go." }] });
    expect(texts(await getApplicationForm(req.slug))).toEqual(["Six years of Go."]);
  });

  it("refuses a qualification id that belongs to another requisition", async () => {
    const mine = await createTestRequisition({ team: team() });
    const theirs = await createTestRequisition();
    const foreign = (await getRequisitionForEditing(recruiter, theirs.id)).draft.qualifications[0]!;
    const editable = await getRequisitionForEditing(manager, mine.id);
    await expect(
      updateRequisition(manager, mine.id, { ...editable.draft, qualifications: [...editable.draft.qualifications, foreign] }),
    ).rejects.toBeInstanceOf(ValidationError);
    const untouched = await getRequisitionForEditing(recruiter, theirs.id);
    expect(untouched.draft.qualifications[0]).toEqual(foreign);
  });

  it.each([
    { who: "an interviewer on the team", actor: () => interviewer },
    { who: "a hiring manager off the team", actor: () => outsider },
  ])("answers not-found to $who", async ({ actor }) => {
    const req = await createTestRequisition({ team: team() });
    const editable = await getRequisitionForEditing(recruiter, req.id);
    await expect(getRequisitionForEditing(actor(), req.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateRequisition(actor(), req.id, editable.draft)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("changeRequisitionStatus", () => {
  it("walks draft → open → paused → open → closed (filled), recording each change", async () => {
    const req = await createTestRequisition({ status: "draft", team: team() });
    for (const [to, closeReason] of [["open", null], ["paused", null], ["open", null], ["closed", "filled"]] as const) {
      await changeRequisitionStatus(recruiter, { requisitionId: req.id, to, closeReason });
    }
    const events = await getDb()
      .select({ from: requisitionStatusEvents.fromStatus, to: requisitionStatusEvents.toStatus, reason: requisitionStatusEvents.closeReason })
      .from(requisitionStatusEvents)
      .where(eq(requisitionStatusEvents.requisitionId, req.id))
      .orderBy(requisitionStatusEvents.createdAt);
    expect(events.map((e) => `${e.from}→${e.to}${e.reason ? `:${e.reason}` : ""}`)).toEqual([
      "null→draft",
      "draft→open",
      "open→paused",
      "paused→open",
      "open→closed:filled",
    ]);
  });

  it("refuses closing without a reason and impossible changes", async () => {
    const req = await createTestRequisition({ status: "open" });
    await expect(changeRequisitionStatus(recruiter, { requisitionId: req.id, to: "closed" })).rejects.toBeInstanceOf(ValidationError);
    await expect(changeRequisitionStatus(recruiter, { requisitionId: req.id, to: "draft" })).rejects.toBeInstanceOf(ValidationError);
  });

  it.each([
    { who: "the hiring manager", actor: () => manager },
    { who: "an interviewer", actor: () => interviewer },
  ])("does not let $who publish", async ({ actor }) => {
    const req = await createTestRequisition({ status: "draft", team: team() });
    await expect(changeRequisitionStatus(actor(), { requisitionId: req.id, to: "open" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getRequisitionForEditing(recruiter, req.id)).status).toBe("draft");
  });
});
