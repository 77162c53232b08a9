import type { MailWords } from "./mailWords";

export const ja: MailWords = {
  meetingTitle: "{{agent.name}}とのミーティング",
  invitationBody: [
    '{{person.firstName | "お客"}}様',
    "",
    "{{agent.name}}とのミーティングを{{meeting.start}}（{{meeting.timeZone}}）に予約しました。",
    "{{meeting.videoUrl}}",
    "",
    "別の日時をご希望の場合：{{meeting.rescheduleUrl}}",
    "ご都合が悪くなった場合：{{meeting.cancelUrl}}",
  ].join("\n"),
  updatedSubject: "変更：{subject}",
  cancelledSubject: "キャンセル：{{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    '{{person.firstName | "お客"}}様',
    "",
    "{{meeting.start}}（{{meeting.timeZone}}）の{{agent.name}}とのミーティングはキャンセルされました。",
  ].join("\n"),
  reason: "理由：{reason}",
  calendarDescription: "{title}（{site}で予約）",
  transcriptSubject: "{site}との会話",
  transcriptLead: "{site}との会話の記録です（ファイルとしても添付しています）。",
};
