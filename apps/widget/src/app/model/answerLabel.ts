import type { Messages } from "../i18n/messages";
import { type ChatInput, type ConversationMessage, promptBefore, type VisitorInput } from "./types";

/**
 * What a visitor's answer shows as: the label of the button whose value it sent (buttons may store
 * another value than they show), the consent choice, "no more questions", or the typed text.
 */
export function answerLabel(
  input: VisitorInput | ChatInput,
  before: readonly ConversationMessage[],
  messages: Messages,
): string {
  const prompt = promptBefore(before, before.length);
  switch (input.kind) {
    case "chat":
      return input.text;
    case "done":
      return messages.noMoreQuestions;
    case "consent":
      return (
        (prompt?.type === "consent" && (input.accepted ? prompt.acceptLabel : prompt.declineLabel)) ||
        (input.accepted ? messages.accept : messages.decline)
      );
    case "answer":
      return (
        (prompt?.type === "question" && prompt.buttons.find((b) => b.value === input.value)?.label) ||
        input.value
      );
  }
}
