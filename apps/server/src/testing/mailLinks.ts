import type { ReceivedMail } from "./smtpSink";

/** The token of the Parley link (`/app/<page>?token=…`) in a received mail's text; throws when there is none. */
export function linkToken(mail: ReceivedMail, page: "accept-invite" | "reset-password"): string {
  const match = mail.text.match(new RegExp(`https?://\\S+/app/${page}\\?token=([\\w%-]+)`));
  if (!match?.[1]) throw new Error(`no /app/${page} link in the mail:\n${mail.text}`);
  return decodeURIComponent(match[1]);
}
