import type { MailWords } from "./mailWords";

export const it: MailWords = {
  meetingTitle: "Incontro con {{agent.name}}",
  invitationBody: [
    'Gentile {{person.firstName | "cliente"}},',
    "",
    "il tuo incontro con {{agent.name}} è fissato per {{meeting.start}} ({{meeting.timeZone}}).",
    "{{meeting.videoUrl}}",
    "",
    "Ti serve un altro orario? {{meeting.rescheduleUrl}}",
    "Non puoi partecipare? {{meeting.cancelUrl}}",
  ].join("\n"),
  updatedSubject: "Aggiornato: {subject}",
  cancelledSubject: "Annullato: {{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    'Gentile {{person.firstName | "cliente"}},',
    "",
    "il tuo incontro con {{agent.name}} previsto per {{meeting.start}} ({{meeting.timeZone}}) è annullato.",
  ].join("\n"),
  reason: "Motivo: {reason}",
  calendarDescription: "{title}, prenotato su {site}",
  transcriptSubject: "La tua conversazione con {site}",
  transcriptLead: "Ecco la tua conversazione con {site} (anche in allegato).",
};
