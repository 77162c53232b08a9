import type { MailWords } from "./mailWords";

export const de: MailWords = {
  meetingTitle: "Termin mit {{agent.name}}",
  invitationBody: [
    'Hallo {{person.firstName | "zusammen"}},',
    "",
    "Ihr Termin mit {{agent.name}} am {{meeting.start}} ({{meeting.timeZone}}) ist gebucht.",
    "{{meeting.videoUrl}}",
    "",
    "Passt die Zeit nicht mehr? {{meeting.rescheduleUrl}}",
    "Sie können nicht teilnehmen? {{meeting.cancelUrl}}",
  ].join("\n"),
  updatedSubject: "Geändert: {subject}",
  cancelledSubject: "Abgesagt: {{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    'Hallo {{person.firstName | "zusammen"}},',
    "",
    "Ihr Termin mit {{agent.name}} am {{meeting.start}} ({{meeting.timeZone}}) ist abgesagt.",
  ].join("\n"),
  reason: "Grund: {reason}",
  calendarDescription: "{title}, gebucht über {site}",
  transcriptSubject: "Ihre Unterhaltung mit {site}",
  transcriptLead: "Hier ist Ihre Unterhaltung mit {site} (auch als Datei im Anhang).",
};
