import type { AddressInfo } from "node:net";
import { type Attachment, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  /** The envelope's recipients. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  /** `contentType`: the MIME type with its parameters as sent ("text/calendar; method=REQUEST"). */
  attachments: { filename: string; contentType: string; content: string }[];
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>: give it to the server under test as SMTP_URL. */
  url: string;
  /** Every mail accepted so far, in order. */
  received: ReceivedMail[];
  /** The first mail to this address accepted (already, or from now on). */
  waitFor(address: string): Promise<ReceivedMail>;
  /** The `n`th mail (1-based) to this address accepted (already, or from now on). */
  waitForNth(address: string, n: number): Promise<ReceivedMail>;
  /** The mails to this address accepted so far. */
  mailsTo(address: string): ReceivedMail[];
  /** The next `count` mails are refused with a temporary error (451), as a busy server would. */
  refuseNext(count: number): void;
  /** Resolves when a mail has been refused (after refuseNext). */
  nextRefusal(): Promise<void>;
  close(): Promise<void>;
}

/** The attachment's Content-Type header with its parameters (filename and charset aside). */
function contentTypeOf(attachment: Attachment): string {
  const header = attachment.headers.get("content-type") as
    { value: string; params?: Record<string, string> } | undefined;
  const params = Object.entries(header?.params ?? {})
    .filter(([key]) => key !== "name" && key !== "charset")
    .map(([key, value]) => `; ${key}=${value}`);
  return `${header?.value ?? attachment.contentType}${params.join("")}`;
}

/** A real SMTP server on loopback that accepts every mail and parses it (mailparser), for tests. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const waiters: { match: (mail: ReceivedMail) => boolean; resolve: (mail: ReceivedMail) => void }[] = [];
  const refusalWaiters: (() => void)[] = [];
  let refusals = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusals > 0) {
          refusals--;
          callback(Object.assign(new Error("Busy, try again later"), { responseCode: 451 }));
          for (const resolve of refusalWaiters.splice(0)) resolve();
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            const mail: ReceivedMail = {
              to: session.envelope.rcptTo.map((r) => r.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: parsed.html || null,
              messageId: parsed.messageId ?? null,
              attachments: parsed.attachments.map((a) => ({
                filename: a.filename ?? "",
                contentType: contentTypeOf(a),
                content: a.content.toString("utf8"),
              })),
            };
            received.push(mail);
            for (const waiter of [...waiters])
              if (waiter.match(mail)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(mail);
              }
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: (address) => {
      const match = (mail: ReceivedMail) => mail.to.includes(address);
      const already = received.find(match);
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    waitForNth: (address, n) => {
      const count = () => received.filter((mail) => mail.to.includes(address)).length;
      const match = (mail: ReceivedMail) => mail.to.includes(address) && count() >= n;
      const already = received.filter((mail) => mail.to.includes(address))[n - 1];
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    mailsTo: (address) => received.filter((mail) => mail.to.includes(address)),
    refuseNext: (count) => {
      refusals = count;
    },
    nextRefusal: () => new Promise((resolve) => refusalWaiters.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
