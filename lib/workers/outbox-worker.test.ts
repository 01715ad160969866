import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { ComposedEmail } from "@/lib/mail/compose";
import { CLAIM_LEASE_MS, MAX_DELIVERY_ATTEMPTS } from "@/lib/mail/retry-policy";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";
import { enqueueEmail, type EmailToSend } from "@/lib/services/outbox";
import { deliverDueMessages } from "./outbox-worker";

withTestDatabase();

const T0 = new Date("2031-03-01T09:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const ics = { filename: "invite.ics", contentType: "text/calendar; method=REQUEST; charset=UTF-8", content: Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").toString("base64") };

/** A transport that records what it was given; `fail` decides per call whether to throw. */
function fakeTransport(options: { fail?: (call: number, mail: ComposedEmail) => boolean; delayMs?: number } = {}) {
  const sent: ComposedEmail[] = [];
  let calls = 0;
  const transport: MailTransport = {
    name: "fake",
    async send(mail) {
      calls += 1;
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (options.fail?.(calls, mail)) {
        throw Object.assign(new Error(`550 5.1.1 <${mail.envelope.to[0]}>: Recipient address rejected`), { code: "EENVELOPE", responseCode: 550 });
      }
      sent.push(mail);
    },
  };
  return { transport, sent };
}

async function enqueue(overrides: Partial<EmailToSend> = {}) {
  const to = overrides.to ?? uniqueEmail("candidate");
  const { id } = await enqueueEmail(getDb(), { to, subject: "We received your application", text: "Thank you for applying.", ...overrides });
  // Due from T0 on, whatever the wall clock says.
  await getDb().update(outboxMessages).set({ nextAttemptAt: T0 }).where(eq(outboxMessages.id, id));
  return { id, to };
}

async function row(id: string) {
  const [found] = await getDb().select().from(outboxMessages).where(eq(outboxMessages.id, id));
  if (!found) throw new Error("outbox row vanished");
  return found;
}

const logs: string[] = [];

beforeEach(async () => {
  // Each test starts with an empty outbox: the worker claims every due message in the database.
  await getDb().delete(outboxMessages).where(sql`true`);
  logs.length = 0;
  for (const level of ["warn", "error"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(" ")));
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("delivery to the dev mailbox", () => {
  it("stores a genuine RFC 5322 message with the attachment as a base64 MIME part", async () => {
    const { id, to } = await enqueue({ subject: "Interview on Tuesday", text: "See the invitation.", attachments: [ics] });
    expect(await deliverDueMessages({ now: T0, transport: createMailTransport({}) })).toEqual({ claimed: 1, sent: 1, retrying: 0, dead: 0 });
    const delivered = await row(id);
    expect(delivered).toMatchObject({ status: "sent", attempts: 1, sentAt: T0, lastError: null });
    const raw = delivered.raw ?? "";
    const [head = "", ...parts] = raw.split(/\n\n/);
    const headers = head.split("\n");
    expect(headers).toEqual(
      expect.arrayContaining([
        "From: Sesame Careers <careers@localhost>",
        `To: ${to}`,
        "Subject: Interview on Tuesday",
        `Message-ID: <${id}@localhost>`,
        "MIME-Version: 1.0",
        "Auto-Submitted: auto-generated",
      ]),
    );
    expect(head).toMatch(/^Content-Type: multipart\/mixed; boundary=/m);
    expect(raw).toMatch(/^Content-Type: text\/calendar; method=REQUEST; charset=UTF-8; name=invite\.ics$/m);
    expect(raw).toMatch(/^Content-Disposition: attachment; filename=invite\.ics$/m);
    expect(raw).toMatch(/^Content-Transfer-Encoding: base64$/m);
    expect(raw.split("\n")).toContain(ics.content);
    expect(parts.join("\n\n")).toContain("See the invitation.");
  });

  it("sends a plain text message without attachments, with non-ASCII subjects encoded", async () => {
    const { id } = await enqueue({ subject: "Bewerbung für Zoë", text: "Grüße" });
    await deliverDueMessages({ now: T0, transport: createMailTransport({}) });
    const raw = (await row(id)).raw ?? "";
    expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(raw).not.toMatch(/multipart/);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(raw).toContain("Gr=C3=BC=C3=9Fe");
  });

  it("uses MAIL_FROM as the sender", async () => {
    vi.stubEnv("MAIL_FROM", "Jobs at Sesame <jobs@sesame.example>");
    try {
      const { id } = await enqueue();
      const { transport, sent } = fakeTransport();
      await deliverDueMessages({ now: T0, transport });
      expect(sent[0]?.envelope).toMatchObject({ from: "jobs@sesame.example" });
      expect((await row(id)).raw).toMatch(/^From: Jobs at Sesame <jobs@sesame\.example>$/m);
      expect((await row(id)).raw).toMatch(new RegExp(`^Message-ID: <${id}@sesame\\.example>$`, "m"));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("keeps a line break that bypassed validation out of the headers", async () => {
    const { id } = await enqueue();
    await getDb().update(outboxMessages).set({ subject: "Hi\r\nBcc: attacker@example.org" }).where(eq(outboxMessages.id, id));
    await deliverDueMessages({ now: T0, transport: createMailTransport({}) });
    expect((await row(id)).raw).not.toMatch(/^Bcc:/im);
  });
});

describe("retries", () => {
  it("keeps a message whose send failed, backs off, and later delivers it exactly once", async () => {
    const { id, to } = await enqueue();
    const failing = fakeTransport({ fail: () => true });
    expect(await deliverDueMessages({ now: T0, transport: failing.transport, random: () => 0.5 })).toMatchObject({ claimed: 1, retrying: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1, raw: expect.stringContaining("Subject:") });
    expect(failed.nextAttemptAt.getTime() - T0.getTime()).toBe(30_000);
    expect(failed.lastError).toMatch(/^EENVELOPE 550: 550 5\.1\.1 <\[address\]>/);
    expect(failed.lastError).not.toContain(to);
    expect(logs.join("\n")).toContain(id);
    expect(logs.join("\n")).not.toContain(to);

    const working = fakeTransport();
    expect(await deliverDueMessages({ now: later(29_000), transport: working.transport })).toMatchObject({ claimed: 0 });
    expect(await deliverDueMessages({ now: later(30_000), transport: working.transport })).toMatchObject({ claimed: 1, sent: 1 });
    expect(await deliverDueMessages({ now: later(10 * 60 * 60_000), transport: working.transport })).toMatchObject({ claimed: 0 });
    expect(working.sent.map((mail) => mail.messageId)).toEqual([`<${id}@localhost>`]);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null, sentAt: later(30_000) });
  });

  it("marks a message dead after the last attempt, keeps it, and stops trying", async () => {
    const { id } = await enqueue();
    const failing = fakeTransport({ fail: () => true });
    let now = T0;
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect(await deliverDueMessages({ now, transport: failing.transport })).toMatchObject({ claimed: 1 });
      now = new Date(now.getTime() + 2 * 60 * 60_000);
    }
    expect(await row(id)).toMatchObject({ status: "dead", attempts: MAX_DELIVERY_ATTEMPTS, lastError: expect.stringMatching(/^EENVELOPE/) });
    expect(await deliverDueMessages({ now: later(365 * 24 * 60 * 60_000), transport: fakeTransport().transport })).toMatchObject({ claimed: 0 });
    expect(logs.some((line) => line.includes(id) && line.includes("marked dead"))).toBe(true);
  });

  it("does not hold up the other messages of a batch when one fails", async () => {
    const bad = await enqueue();
    const good = await enqueue();
    const { transport, sent } = fakeTransport({ fail: (_call, mail) => mail.envelope.to[0] === bad.to });
    expect(await deliverDueMessages({ now: T0, transport })).toMatchObject({ claimed: 2, sent: 1, retrying: 1 });
    expect(sent.map((mail) => mail.envelope.to[0])).toEqual([good.to]);
  });
});

describe("claims", () => {
  it("never sends a message twice when several workers run at once", async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, () => enqueue().then((m) => m.id)));
    const { transport, sent } = fakeTransport({ delayMs: 3 });
    const drain = async () => {
      while ((await deliverDueMessages({ now: T0, transport, limit: 4 })).claimed > 0);
    };
    await Promise.all([drain(), drain(), drain()]);
    const sentIds = sent.map((mail) => mail.messageId.slice(1, 37));
    expect(sentIds).toHaveLength(30);
    expect(new Set(sentIds)).toEqual(new Set(ids));
  });

  it("resends after the lease when a worker died mid-send (at-least-once)", async () => {
    const { id } = await enqueue();
    let release: () => void = () => undefined;
    const hanging: MailTransport = { name: "hanging", send: () => new Promise<void>((resolve) => (release = resolve)) };
    const stuck = deliverDueMessages({ now: T0, transport: hanging });
    await vi.waitFor(async () => expect((await row(id)).attempts).toBe(1));

    const { transport, sent } = fakeTransport();
    expect(await deliverDueMessages({ now: later(CLAIM_LEASE_MS - 1_000), transport })).toMatchObject({ claimed: 0 });
    expect(await deliverDueMessages({ now: later(CLAIM_LEASE_MS), transport })).toMatchObject({ claimed: 1, sent: 1 });
    expect(sent).toHaveLength(1);

    release();
    await stuck;
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, sentAt: later(CLAIM_LEASE_MS) });
  });
});
