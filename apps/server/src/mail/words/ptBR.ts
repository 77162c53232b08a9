import type { MailWords } from "./mailWords";

export const ptBR: MailWords = {
  meetingTitle: "Reunião com {{agent.name}}",
  invitationBody: [
    'Prezado(a) {{person.firstName | "cliente"}},',
    "",
    "sua reunião com {{agent.name}} está marcada para {{meeting.start}} ({{meeting.timeZone}}).",
    "{{meeting.videoUrl}}",
    "",
    "Precisa de outro horário? {{meeting.rescheduleUrl}}",
    "Não vai poder comparecer? {{meeting.cancelUrl}}",
  ].join("\n"),
  updatedSubject: "Atualizada: {subject}",
  cancelledSubject: "Cancelada: {{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    'Prezado(a) {{person.firstName | "cliente"}},',
    "",
    "sua reunião com {{agent.name}} em {{meeting.start}} ({{meeting.timeZone}}) foi cancelada.",
  ].join("\n"),
  reason: "Motivo: {reason}",
  calendarDescription: "{title}, agendada em {site}",
  transcriptSubject: "Sua conversa com {site}",
  transcriptLead: "Aqui está sua conversa com {site} (também em anexo).",
};
