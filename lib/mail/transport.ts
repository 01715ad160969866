import nodemailer, { type Transporter } from "nodemailer";
import type { ComposedEmail } from "./compose";

export type DeliveryMode = "smtp" | "dev-mailbox";

/** Hands a composed message on. Throwing means "not delivered": the outbox keeps it and retries. */
export interface MailTransport {
  readonly name: string;
  send(mail: ComposedEmail): Promise<void>;
}

type Env = Record<string, string | undefined>;

export const DEFAULT_MAIL_FROM = "Sesame Careers <careers@localhost>";

export function mailFrom(env: Env = process.env): string {
  return env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
}

export function deliveryMode(env: Env = process.env): DeliveryMode {
  return env.SMTP_URL?.trim() ? "smtp" : "dev-mailbox";
}

// Bounded so a send always ends well inside the outbox's claim lease (retry-policy.ts): a hung
// server must not let a second worker pick the same message up while the first still waits.
const smtpTimeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

const globalForMail = globalThis as unknown as { shortlistSmtp?: { url: string; transporter: Transporter } };

function smtpTransporter(url: string): Transporter {
  const cached = globalForMail.shortlistSmtp;
  if (cached && cached.url === url) return cached.transporter;
  // Options in the URL (?pool=true, ?secure=true …) take precedence over these defaults.
  const transporter = nodemailer.createTransport(url, smtpTimeouts);
  globalForMail.shortlistSmtp = { url, transporter };
  return transporter;
}

function smtpTransport(url: string): MailTransport {
  return {
    name: "smtp",
    async send(mail) {
      // `raw` sends the stored bytes unchanged, so what the mailbox shows is what went out.
      await smtpTransporter(url).sendMail({ envelope: mail.envelope, raw: mail.raw });
    },
  };
}

/**
 * Without SMTP_URL the composed message is the delivery: the worker stores it in `raw` and marks it
 * sent, and admins read it at /dashboard/dev/mailbox. Nothing leaves the machine.
 */
const devMailboxTransport: MailTransport = {
  name: "dev-mailbox",
  async send() {},
};

export function createMailTransport(env: Env = process.env): MailTransport {
  const url = env.SMTP_URL?.trim();
  return url ? smtpTransport(url) : devMailboxTransport;
}
