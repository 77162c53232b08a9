import type { LiveChatSettings, UpdateLiveChatSettingsBody } from "@parley/protocol/liveChat";
import type { z } from "zod";
import type { FieldErrors } from "../../forms/fieldErrorsOf";

export const NUMBER_SETTINGS = [
  "acceptTimeoutSeconds",
  "maxAttempts",
  "queueTimeoutMinutes",
  "inactivityMinutes",
  "awayAfterMinutes",
  "defaultConcurrency",
] as const;
export type NumberSetting = (typeof NUMBER_SETTINGS)[number];

/** The form's state: numbers as typed, switches, and the fallback texts ("" for the standard one). */
export type LiveChatDraft = Omit<
  LiveChatSettings,
  NumberSetting | "fallbackMessage" | "meetingFallbackMessage"
> &
  Record<NumberSetting, string> & { fallbackMessage: string; meetingFallbackMessage: string };

export function draftOf(settings: LiveChatSettings): LiveChatDraft {
  const numbers = Object.fromEntries(NUMBER_SETTINGS.map((key) => [key, String(settings[key])]));
  return {
    ...settings,
    ...(numbers as Record<NumberSetting, string>),
    fallbackMessage: settings.fallbackMessage ?? "",
    meetingFallbackMessage: settings.meetingFallbackMessage ?? "",
  };
}

/** What the draft would save: numbers as numbers, an empty text as null (the standard text). */
export function bodyOf(draft: LiveChatDraft): z.input<typeof UpdateLiveChatSettingsBody> {
  const numbers = Object.fromEntries(
    NUMBER_SETTINGS.map((key) => [key, Number(draft[key].trim())]),
  ) as Record<NumberSetting, number>;
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  return {
    ...draft,
    ...numbers,
    fallbackMessage: text(draft.fallbackMessage),
    meetingFallbackMessage: text(draft.meetingFallbackMessage),
  };
}

/** Numbers only the form can check (what is typed is text); the server checks the ranges. */
export function draftProblems(draft: LiveChatDraft): FieldErrors {
  const problems: FieldErrors = {};
  for (const key of NUMBER_SETTINGS) {
    if (!/^\d+$/.test(draft[key].trim())) problems[key] = "Must be a whole number";
  }
  return problems;
}
