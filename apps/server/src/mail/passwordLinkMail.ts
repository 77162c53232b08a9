import type { PasswordLinkPurpose } from "@parley/protocol/mail";
import { TOKEN_VALID_FOR } from "../domain/auth/userTokens";
import type { OutgoingMail } from "./queueMail";
import { escapeHtml } from "../lib/escapeHtml";

/**
 * The mail carrying an invitation or a password-reset link. Names are the users' own typing: they are
 * escaped in the HTML part, and the text part is what it says.
 */
export function passwordLinkMail(input: {
  purpose: PasswordLinkPurpose;
  userId: string;
  to: string;
  name: string;
  /** PUBLIC_URL: the link opens the web app there. */
  publicUrl: string;
  token: string;
  /** Who invited them (invitations). */
  invitedBy?: string;
}): OutgoingMail {
  const invite = input.purpose === "invite";
  const page = invite ? "accept-invite" : "reset-password";
  const link = `${input.publicUrl}/app/${page}?token=${encodeURIComponent(input.token)}`;
  const validFor = TOKEN_VALID_FOR[input.purpose];
  const subject = invite ? "You're invited to Parley" : "Reset your Parley password";
  const lead = invite
    ? `${input.invitedBy ?? "An admin"} invited you to Parley. Choose your password to sign in:`
    : "Someone (we hope you) asked to reset the password of your Parley account. Choose a new password here:";
  const after = invite
    ? `The link works once and for ${validFor}.`
    : `The link works once and for ${validFor}. If you did not ask for it, ignore this mail: your password stays as it is.`;
  const text = [`Hello ${input.name},`, "", lead, "", link, "", after, ""].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(input.name)},</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<p><a href="${escapeHtml(link)}">${invite ? "Choose your password" : "Choose a new password"}</a></p>`,
    `<p>${escapeHtml(after)}</p>`,
  ].join("\n");
  return { kind: input.purpose, userId: input.userId, to: input.to, subject, text, html };
}
