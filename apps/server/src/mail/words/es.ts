import type { MailWords } from "./mailWords";

export const es: MailWords = {
  meetingTitle: "Reunión con {{agent.name}}",
  invitationBody: [
    'Estimado/a {{person.firstName | "cliente"}}:',
    "",
    "su reunión con {{agent.name}} está reservada para el {{meeting.start}} ({{meeting.timeZone}}).",
    "{{meeting.videoUrl}}",
    "",
    "¿Necesita otro horario? {{meeting.rescheduleUrl}}",
    "¿No puede asistir? {{meeting.cancelUrl}}",
  ].join("\n"),
  updatedSubject: "Actualizada: {subject}",
  cancelledSubject: "Cancelada: {{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    'Estimado/a {{person.firstName | "cliente"}}:',
    "",
    "su reunión con {{agent.name}} del {{meeting.start}} ({{meeting.timeZone}}) ha sido cancelada.",
  ].join("\n"),
  reason: "Motivo: {reason}",
  calendarDescription: "{title}, reservada en {site}",
  transcriptSubject: "Su conversación con {site}",
  transcriptLead: "Aquí tiene su conversación con {site} (también adjunta como archivo).",
};
