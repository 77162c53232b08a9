import { LiveChatSettings } from "@parley/protocol/liveChat";
import { expect, test } from "vitest";
import { bodyOf, draftOf, draftProblems } from "./liveChatDraft";

const defaults = LiveChatSettings.parse({});

test("the draft of saved settings saves exactly those settings again", () => {
  const saved = { ...defaults, fallbackMessage: "Back soon" };
  expect(bodyOf(draftOf(saved))).toEqual(saved);
});

test("an empty or blank fallback text saves as null: the standard text", () => {
  const draft = { ...draftOf(defaults), fallbackMessage: "   ", meetingFallbackMessage: "" };
  expect(bodyOf(draft)).toMatchObject({ fallbackMessage: null, meetingFallbackMessage: null });
});

test("numbers that are not whole numbers are marked at their field", () => {
  const draft = {
    ...draftOf(defaults),
    acceptTimeoutSeconds: "1.5",
    maxAttempts: "",
    defaultConcurrency: " 3 ",
  };
  expect(draftProblems(draft)).toEqual({
    acceptTimeoutSeconds: "Must be a whole number",
    maxAttempts: "Must be a whole number",
  });
  expect(bodyOf(draft).defaultConcurrency).toBe(3);
});
