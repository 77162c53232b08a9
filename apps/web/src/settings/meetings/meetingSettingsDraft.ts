import type { MeetingSettings, UpdateMeetingSettingsBody } from "@parley/protocol/meetings";
import type { z } from "zod";
import type { FieldErrors } from "../../forms/fieldErrorsOf";

/** The texts a token can be inserted into. */
export type TextSetting = "meetingTitle" | "invitationSubject" | "invitationBody";

export interface MeetingSettingsDraft {
  meetingTitle: string;
  invitationSubject: string;
  invitationBody: string;
  videoUrl: string;
  noSlotsText: string;
  manageCutoffHours: string;
}

export function meetingSettingsDraftOf(settings: MeetingSettings): MeetingSettingsDraft {
  return {
    meetingTitle: settings.meetingTitle,
    invitationSubject: settings.invitationSubject,
    invitationBody: settings.invitationBody,
    videoUrl: settings.videoUrl ?? "",
    noSlotsText: settings.noSlotsText ?? "",
    manageCutoffHours: String(settings.manageCutoffHours),
  };
}

/** What the draft saves: empty optional texts become null (the standard text, no link). */
export function meetingSettingsBodyOf(
  draft: MeetingSettingsDraft,
): z.input<typeof UpdateMeetingSettingsBody> {
  return {
    meetingTitle: draft.meetingTitle.trim(),
    invitationSubject: draft.invitationSubject.trim(),
    invitationBody: draft.invitationBody,
    videoUrl: draft.videoUrl.trim() || null,
    noSlotsText: draft.noSlotsText.trim() || null,
    manageCutoffHours: Number(draft.manageCutoffHours.trim()),
  };
}

/** What the server would refuse, in the words shown at each field. */
export function meetingSettingsProblems(draft: MeetingSettingsDraft): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.meetingTitle.trim()) problems.meetingTitle = "Required";
  if (!draft.invitationSubject.trim()) problems.invitationSubject = "Required";
  const video = draft.videoUrl.trim();
  if (video && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(video))
    problems.videoUrl = "Must be a web address such as https://meet.example.com/team";
  const cutoff = draft.manageCutoffHours.trim();
  const hours = Number(cutoff);
  if (cutoff === "" || !Number.isInteger(hours) || hours < 0 || hours > 168)
    problems.manageCutoffHours = "A whole number of hours from 0 to 168";
  return problems;
}
