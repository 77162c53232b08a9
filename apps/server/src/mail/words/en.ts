import { DEFAULT_INVITATION_BODY } from "@parley/protocol/meetings";
import type { MailWords } from "./mailWords";

export const en: MailWords = {
  meetingTitle: "Meeting with {{agent.name}}",
  invitationBody: DEFAULT_INVITATION_BODY,
  updatedSubject: "Updated: {subject}",
  cancelledSubject: "Cancelled: {{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    'Hi {{person.firstName | "there"}},',
    "",
    "your meeting with {{agent.name}} on {{meeting.start}} ({{meeting.timeZone}}) is cancelled.",
  ].join("\n"),
  reason: "Reason: {reason}",
  calendarDescription: "{title} ({site})",
  transcriptSubject: "Your conversation with {site}",
  transcriptLead: "Here is your conversation with {site} (attached as a file too).",
};
