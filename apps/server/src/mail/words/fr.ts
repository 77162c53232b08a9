import type { MailWords } from "./mailWords";

export const fr: MailWords = {
  meetingTitle: "Rendez-vous avec {{agent.name}}",
  invitationBody: [
    'Bonjour {{person.firstName | "à vous"}},',
    "",
    "votre rendez-vous avec {{agent.name}} est réservé pour le {{meeting.start}} ({{meeting.timeZone}}).",
    "{{meeting.videoUrl}}",
    "",
    "Besoin d'un autre horaire ? {{meeting.rescheduleUrl}}",
    "Vous ne pouvez pas venir ? {{meeting.cancelUrl}}",
  ].join("\n"),
  updatedSubject: "Modifié : {subject}",
  cancelledSubject: "Annulé : {{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    'Bonjour {{person.firstName | "à vous"}},',
    "",
    "votre rendez-vous avec {{agent.name}} du {{meeting.start}} ({{meeting.timeZone}}) est annulé.",
  ].join("\n"),
  reason: "Motif : {reason}",
  calendarDescription: "{title}, réservé sur {site}",
  transcriptSubject: "Votre conversation avec {site}",
  transcriptLead: "Voici votre conversation avec {site} (également en pièce jointe).",
};
