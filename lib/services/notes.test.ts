import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, noteMentions, notes, requisitionMembers } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { listInbox, markMentionRead } from "./inbox";
import { addNote, editNote, NOTE_EDIT_WINDOW_MS } from "./notes";

withTestDatabase();

let manager: UserActor;
let outsider: UserActor;
let recruiter: UserActor;
let interviewer: UserActor;
let applicationId: string;

beforeAll(async () => {
  [manager, outsider, recruiter, interviewer] = await Promise.all([
    createTestUser("hiring_manager", "Hank Notes"),
    createTestUser("hiring_manager", "Olga Outside"),
    createTestUser("recruiter", "Rita Notes"),
    createTestUser("interviewer", "Ivan Notes"),
  ]);
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: interviewer.id, role: "interviewer" }] });
  applicationId = await applyToTestRequisition(req.slug);
});

const mentionsOf = (noteId: string) => getDb().select().from(noteMentions).where(eq(noteMentions.noteId, noteId));

describe("addNote", () => {
  it("records mentions of teammates who can see the application and says who could not be notified", async () => {
    const saved = await addNote(manager, { applicationId, body: "Strong on Go.\n@Rita Notes please call; cc @Olga Outside, @Ivan Notes and @nobody" });
    expect(saved).toMatchObject({ mentioned: ["Rita Notes"], notRecorded: ["Olga Outside", "Ivan Notes"], unresolved: ["@nobody"] });
    expect((await mentionsOf(saved.noteId)).map((m) => m.userId)).toEqual([recruiter.id]);
    const [note] = await getDb().select().from(notes).where(eq(notes.id, saved.noteId));
    expect(note?.body).toContain("\n@Rita Notes");
  });

  it("does not record a mention of the author", async () => {
    const saved = await addNote(manager, { applicationId, body: "note to self @Hank Notes" });
    expect(saved.mentioned).toEqual([]);
    expect(await mentionsOf(saved.noteId)).toHaveLength(0);
  });

  it("is not found for someone who cannot see the application, and refuses an empty note", async () => {
    await expect(addNote(outsider, { applicationId, body: "hi" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addNote(interviewer, { applicationId, body: "hi" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addNote(manager, { applicationId, body: "   " })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("editNote", () => {
  it("lets the author edit within 15 minutes, following mentions, and then never again", async () => {
    const written = new Date("2030-01-01T10:00:00Z");
    const saved = await addNote(manager, { applicationId, body: "ask @Rita Notes" }, written);
    const edited = await editNote(manager, { noteId: saved.noteId, body: "nothing to ask" }, new Date(written.getTime() + NOTE_EDIT_WINDOW_MS - 1000));
    expect(edited.mentioned).toEqual([]);
    expect(await mentionsOf(saved.noteId)).toHaveLength(0);
    const late = editNote(manager, { noteId: saved.noteId, body: "rewritten history" }, new Date(written.getTime() + NOTE_EDIT_WINDOW_MS));
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    const [note] = await getDb().select().from(notes).where(eq(notes.id, saved.noteId));
    expect(note?.body).toBe("nothing to ask");
  });

  it("refuses anyone but the author, and is not found for those who cannot see it", async () => {
    const saved = await addNote(manager, { applicationId, body: "mine" });
    await expect(editNote(recruiter, { noteId: saved.noteId, body: "theirs" })).rejects.toBeInstanceOf(ConflictError);
    await expect(editNote(outsider, { noteId: saved.noteId, body: "theirs" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("inbox", () => {
  it("lists unread mentions with the candidate and a snippet, and marks them read", async () => {
    const saved = await addNote(manager, { applicationId, body: `@Rita Notes ${"long text ".repeat(40)}` });
    const inbox = await listInbox(recruiter);
    const item = inbox.find((m) => m.noteId === saved.noteId);
    expect(item).toMatchObject({ applicationId, candidateName: "Grace Hopper", authorName: "Hank Notes" });
    expect(item?.snippet.length).toBeLessThanOrEqual(140);
    await expect(markMentionRead(manager, saved.noteId)).rejects.toBeInstanceOf(NotFoundError);
    await markMentionRead(recruiter, saved.noteId);
    expect((await listInbox(recruiter)).some((m) => m.noteId === saved.noteId)).toBe(false);
    const audit = await getDb().select().from(auditLog).where(and(eq(auditLog.action, "mention.read"), eq(auditLog.targetId, saved.noteId)));
    expect(audit.map((row) => row.actorUserId)).toEqual([recruiter.id]);
  });

  it("hides a mention once the user can no longer see the application", async () => {
    const member = await createTestUser("hiring_manager", "Tess Transient");
    const req = await createTestRequisition({ team: [{ userId: member.id, role: "hiring_manager" }, { userId: manager.id, role: "hiring_manager" }] });
    const appId = await applyToTestRequisition(req.slug);
    await addNote(manager, { applicationId: appId, body: "@Tess Transient have a look" });
    expect(await listInbox(member)).toHaveLength(1);
    await getDb().delete(requisitionMembers).where(eq(requisitionMembers.userId, member.id));
    expect(await listInbox(member)).toHaveLength(0);
  });
});
