import nodemailer from "nodemailer";

/** What sending a mail needs from nodemailer (a test or another transport can stand in). */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html?: string;
    messageId: string;
    attachments?: { filename: string; contentType: string; content: Buffer }[];
  }): Promise<unknown>;
}

/**
 * The SMTP transport for SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`), or null when none is
 * configured: mail then stays in the outbox. The operator's own server, so loopback is allowed.
 */
export function createMailTransport(smtpUrl: string | null): MailTransport | null {
  if (!smtpUrl) return null;
  const url = new URL(smtpUrl);
  return nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
    secure: url.protocol === "smtps:",
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}
