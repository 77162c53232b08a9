import type { MailWords } from "./mailWords";

export const nl: MailWords = {
  meetingTitle: "Afspraak met {{agent.name}}",
  invitationBody: [
    'Beste {{person.firstName | "klant"}},',
    "",
    "je afspraak met {{agent.name}} staat gepland op {{meeting.start}} ({{meeting.timeZone}}).",
    "{{meeting.videoUrl}}",
    "",
    "Ander tijdstip nodig? {{meeting.rescheduleUrl}}",
    "Kun je niet? {{meeting.cancelUrl}}",
  ].join("\n"),
  updatedSubject: "Gewijzigd: {subject}",
  cancelledSubject: "Geannuleerd: {{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    'Beste {{person.firstName | "klant"}},',
    "",
    "je afspraak met {{agent.name}} op {{meeting.start}} ({{meeting.timeZone}}) is geannuleerd.",
  ].join("\n"),
  reason: "Reden: {reason}",
  calendarDescription: "{title}, geboekt via {site}",
  transcriptSubject: "Je gesprek met {site}",
  transcriptLead: "Hier is je gesprek met {site} (ook als bijlage).",
};
