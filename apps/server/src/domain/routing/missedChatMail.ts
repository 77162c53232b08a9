import type { OutgoingMail } from "../../mail/queueMail";
import { escapeHtml } from "../../lib/escapeHtml";

/**
 * The mail to an agent (or a team member) about a live chat nobody took. The visitor's name and
 * page are other people's typing: escaped in the HTML part.
 */
export function missedChatMail(input: {
  userId: string;
  to: string;
  name: string;
  siteName: string;
  visitor: string | null;
  pageUrl: string | null;
  publicUrl: string;
}): OutgoingMail {
  const who = input.visitor ?? "A visitor";
  const where = input.pageUrl ? ` on ${input.pageUrl}` : "";
  const lead = `${who} asked for a live chat on ${input.siteName}${where}, and nobody took it.`;
  const link = `${input.publicUrl}/app/inbox`;
  const text = [`Hello ${input.name},`, "", lead, "", `The conversation is in the inbox: ${link}`, ""].join(
    "\n",
  );
  const html = [
    `<p>Hello ${escapeHtml(input.name)},</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<p><a href="${escapeHtml(link)}">Open the inbox</a></p>`,
  ].join("\n");
  return {
    kind: "missed_chat",
    userId: input.userId,
    to: input.to,
    subject: `Missed live chat: ${who}`,
    text,
    html,
  };
}
