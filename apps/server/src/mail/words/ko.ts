import type { MailWords } from "./mailWords";

export const ko: MailWords = {
  meetingTitle: "{{agent.name}}님과의 미팅",
  invitationBody: [
    '{{person.firstName | "고객"}}님, 안녕하세요.',
    "",
    "{{agent.name}}님과의 미팅이 {{meeting.start}}({{meeting.timeZone}})에 예약되었습니다.",
    "{{meeting.videoUrl}}",
    "",
    "다른 시간이 필요하신가요? {{meeting.rescheduleUrl}}",
    "참석하실 수 없나요? {{meeting.cancelUrl}}",
  ].join("\n"),
  updatedSubject: "변경됨: {subject}",
  cancelledSubject: "취소됨: {{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    '{{person.firstName | "고객"}}님, 안녕하세요.',
    "",
    "{{meeting.start}}({{meeting.timeZone}})에 예정된 {{agent.name}}님과의 미팅이 취소되었습니다.",
  ].join("\n"),
  reason: "사유: {reason}",
  calendarDescription: "{title} ({site}에서 예약)",
  transcriptSubject: "{site} 대화 내용",
  transcriptLead: "{site}에서 나눈 대화 내용입니다(파일로도 첨부했습니다).",
};
