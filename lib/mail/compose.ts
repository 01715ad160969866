import nodemailer from "nodemailer";
import type { OutboxAttachment } from "@/db/schema";

export interface OutgoingEmail {
  /** The outbox row id: it becomes the Message-ID, so a resent copy is recognisably the same mail. */
  id: string;
  to: string;
  subject: string;
  text: string;
  attachments: readonly OutboxAttachment[];
}

export interface ComposedEmail {
  /** The complete RFC 5322 message (LF line ends; the SMTP client turns them into CRLF). */
  raw: string;
  envelope: { from: string; to: string[] };
  messageId: string;
}

// nodemailer's stream transport builds the exact message (headers, MIME parts, encodings) without
// sending it, so the dev mailbox shows what SMTP would get, and SMTP gets the bytes we stored.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

function messageIdDomain(from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1];
  return domain ?? "localhost";
}

export async function composeEmail(mail: OutgoingEmail, options: { from: string; date: Date }): Promise<ComposedEmail> {
  const messageId = `<${mail.id}@${messageIdDomain(options.from)}>`;
  const info = await composer.sendMail({
    from: options.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    date: options.date,
    messageId,
    // RFC 3834: tells auto-responders and vacation replies not to answer a machine.
    headers: { "Auto-Submitted": "auto-generated" },
    attachments: mail.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: attachment.content,
      encoding: "base64",
    })),
  });
  if (!Buffer.isBuffer(info.message)) throw new Error("The mail composer did not return a buffer.");
  const envelopeFrom = info.envelope.from;
  if (!envelopeFrom) throw new Error("The sender address (MAIL_FROM) has no email address.");
  return { raw: info.message.toString("utf8"), envelope: { from: envelopeFrom, to: info.envelope.to }, messageId };
}
