import { escapeHtml } from "../lib/escapeHtml";
import type { OutgoingMail } from "../mail/queueMail";

/** The one mail an agent gets when a calendar connection stops working (until it works again). */
export function calendarTroubleMail(input: {
  userId: string;
  to: string;
  name: string;
  connectionName: string;
  problem: string;
  publicUrl: string;
}): OutgoingMail {
  const link = `${input.publicUrl}/app/account/calendars`;
  const subject = `Your calendar "${input.connectionName}" needs attention`;
  const lines = [
    `Hello ${input.name},`,
    "",
    `Parley could not read or update your calendar "${input.connectionName}":`,
    input.problem,
    "",
    "Until it works again, visitors may be offered times when you are busy, and new bookings are not",
    "written into it. Check the connection (a new password or app password often fixes it):",
    "",
    link,
    "",
    "You get this mail once; Parley keeps trying and stops warning you as soon as the calendar answers.",
    "",
  ];
  const html = [
    `<p>Hello ${escapeHtml(input.name)},</p>`,
    `<p>Parley could not read or update your calendar “${escapeHtml(input.connectionName)}”:<br>${escapeHtml(input.problem)}</p>`,
    "<p>Until it works again, visitors may be offered times when you are busy, and new bookings are not written into it.</p>",
    `<p><a href="${escapeHtml(link)}">Check the connection</a> (a new password or app password often fixes it).</p>`,
    "<p>You get this mail once; Parley keeps trying and stops warning you as soon as the calendar answers.</p>",
  ].join("\n");
  return {
    kind: "calendar_trouble",
    userId: input.userId,
    to: input.to,
    subject,
    text: lines.join("\n"),
    html,
  };
}
