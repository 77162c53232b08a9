import type { MailWords } from "./mailWords";

export const zhCN: MailWords = {
  meetingTitle: "与{{agent.name}}的会议",
  invitationBody: [
    '尊敬的{{person.firstName | "客户"}}：',
    "",
    "您与{{agent.name}}的会议已预约在{{meeting.start}}（{{meeting.timeZone}}）。",
    "{{meeting.videoUrl}}",
    "",
    "需要换个时间？{{meeting.rescheduleUrl}}",
    "无法参加？{{meeting.cancelUrl}}",
  ].join("\n"),
  updatedSubject: "已更新：{subject}",
  cancelledSubject: "已取消：{{meeting.title}} — {{meeting.start}}",
  cancelledBody: [
    '尊敬的{{person.firstName | "客户"}}：',
    "",
    "您与{{agent.name}}在{{meeting.start}}（{{meeting.timeZone}}）的会议已取消。",
  ].join("\n"),
  reason: "原因：{reason}",
  calendarDescription: "{title}（通过{site}预约）",
  transcriptSubject: "您与{site}的对话",
  transcriptLead: "这是您与{site}的对话记录（附件中也有一份）。",
};
