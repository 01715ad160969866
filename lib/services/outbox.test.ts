import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, systemActor } from "@/lib/domain/actor";
import { createMailTransport } from "@/lib/mail/transport";
import { deliverDueMessages } from "@/lib/workers/outbox-worker";
import { NotFoundError, ValidationError } from "./errors";
import { enqueueEmail, getDevMailboxMessage, listDevMailbox, type EmailToSend } from "./outbox";

withTestDatabase();

const ics = { filename: "invite.ics", contentType: "text/calendar; method=REQUEST; charset=UTF-8", content: Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").toString("base64") };

function email(overrides: Partial<EmailToSend> = {}): EmailToSend {
  return { to: uniqueEmail("candidate"), subject: "We received your application", text: "Thank you for applying.", ...overrides };
}

async function rowsTo(address: string) {
  return getDb().select().from(outboxMessages).where(eq(outboxMessages.toAddress, address));
}

describe("enqueueEmail", () => {
  it("writes a pending message when the transaction commits", async () => {
    const message = email({ attachments: [ics] });
    const { id } = await getDb().transaction((tx) => enqueueEmail(tx, message));
    const [row] = await rowsTo(message.to);
    expect(row).toMatchObject({ id, subject: message.subject, textBody: message.text, status: "pending", attempts: 0, attachments: [ics], raw: null });
  });

  it("leaves nothing behind when the surrounding transaction rolls back", async () => {
    const message = email();
    await expect(
      getDb().transaction(async (tx) => {
        await enqueueEmail(tx, message);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await rowsTo(message.to)).toEqual([]);
  });

  it("accepts the limits exactly: a 300-character subject and 100 KB of text", async () => {
    const message = email({ subject: "s".repeat(300), text: "t".repeat(100 * 1024) });
    await enqueueEmail(getDb(), message);
    expect(await rowsTo(message.to)).toHaveLength(1);
  });

  it.each([
    { name: "a subject with CR/LF (header injection)", overrides: { subject: "Hello\r\nBcc: attacker@example.org" }, field: "subject" },
    { name: "a subject with a bare LF", overrides: { subject: "Hello\nX-Evil: 1" }, field: "subject" },
    { name: "a subject over 300 characters", overrides: { subject: "s".repeat(301) }, field: "subject" },
    { name: "an empty subject", overrides: { subject: "" }, field: "subject" },
    { name: "two recipients in one address", overrides: { to: "a@example.org, b@example.org" }, field: "to" },
    { name: "an address with a line break", overrides: { to: "a@example.org\r\nBcc: b@example.org" }, field: "to" },
    { name: "text over 100 KB", overrides: { text: "é".repeat(51 * 1024) }, field: "text" },
    { name: "text with a NUL character", overrides: { text: "a\u0000b" }, field: "text" },
    { name: "attachment content that is not base64", overrides: { attachments: [{ ...ics, content: "not base64!" }] }, field: "attachments" },
    { name: "an attachment filename with a line break", overrides: { attachments: [{ ...ics, filename: "a.ics\r\nX-Evil: 1" }] }, field: "attachments" },
    { name: "an attachment filename with a path", overrides: { attachments: [{ ...ics, filename: "../../etc/passwd" }] }, field: "attachments" },
    { name: "a content type with a line break", overrides: { attachments: [{ ...ics, contentType: "text/plain\r\nX-Evil: 1" }] }, field: "attachments" },
  ])("refuses $name and writes nothing", async ({ overrides, field }) => {
    const message = email(overrides);
    const error = await enqueueEmail(getDb(), message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    expect(await rowsTo(message.to)).toEqual([]);
  });

  it("refuses unknown keys", async () => {
    const message = { ...email(), bcc: "someone@example.org" } as EmailToSend;
    await expect(enqueueEmail(getDb(), message)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("the dev mailbox", () => {
  it("lists messages for an admin, newest first, with counts per status", async () => {
    const admin = await createTestUser("admin");
    const first = await enqueueEmail(getDb(), email({ subject: "First" }));
    const second = await enqueueEmail(getDb(), email({ subject: "Second", attachments: [ics] }));
    const mailbox = await listDevMailbox(admin, { limit: 200 });
    expect(mailbox.delivery).toBe("dev-mailbox");
    const ids = mailbox.messages.map((m) => m.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(mailbox.messages.find((m) => m.id === second.id)).toMatchObject({ subject: "Second", status: "pending", attempts: 0, attachmentCount: 1, sentAt: null });
    expect(mailbox.counts.pending).toBeGreaterThanOrEqual(2);
  });

  it("shows one message with its body, attachments and, once delivered, the raw message", async () => {
    const admin = await createTestUser("admin");
    const message = email({ text: "<script>alert(1)</script>", attachments: [ics] });
    const { id } = await enqueueEmail(getDb(), message);
    expect(await getDevMailboxMessage(admin, id)).toMatchObject({
      to: message.to,
      text: message.text,
      raw: null,
      attachments: [{ filename: "invite.ics", contentType: ics.contentType, sizeBytes: 32 }],
    });
    await deliverDueMessages({ transport: createMailTransport({}) });
    const delivered = await getDevMailboxMessage(admin, id);
    expect(delivered).toMatchObject({ status: "sent", attempts: 1, nextAttemptAt: null });
    expect(delivered.raw?.split("\n")).toContain(`To: ${message.to}`);
  });

  it.each(["recruiter", "hiring_manager", "interviewer"] as const)("answers not-found to a %s", async (role) => {
    const user = await createTestUser(role);
    const { id } = await enqueueEmail(getDb(), email());
    await expect(listDevMailbox(user)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDevMailboxMessage(user, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers not-found to the public and to scripts", async () => {
    const { id } = await enqueueEmail(getDb(), email());
    for (const actor of [anonymousActor, systemActor("test")]) {
      await expect(listDevMailbox(actor)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getDevMailboxMessage(actor, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("answers not-found for an unknown or malformed id", async () => {
    const admin = await createTestUser("admin");
    await expect(getDevMailboxMessage(admin, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDevMailboxMessage(admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
