import type { RunOutput } from "../runner/runOutput";

/** A visitor's reply as the transcript shows it: an answer to a prompt, or (live chat) typed text. */
export type ShownReply =
  | { kind: "answer"; value: string }
  | { kind: "done" }
  | { kind: "consent"; accepted: boolean }
  | { kind: "chat"; text: string };

/** The translated words a reply may show (the widget's messages; the designer's English). */
export interface ReplyLabels {
  noMoreQuestions: string;
  accept: string;
  decline: string;
}

/**
 * What a visitor's reply shows as: the label of the button whose value it sent (buttons may store
 * another value than they show), the consent choice, "no more questions", or the typed text.
 * `prompt` is the last prompt shown before the reply. Shared by the widget and the test chat.
 */
export function answerLabel(
  reply: ShownReply,
  prompt: RunOutput | null | undefined,
  labels: ReplyLabels,
): string {
  switch (reply.kind) {
    case "chat":
      return reply.text;
    case "done":
      return labels.noMoreQuestions;
    case "consent":
      return (
        (prompt?.type === "consent" && (reply.accepted ? prompt.acceptLabel : prompt.declineLabel)) ||
        (reply.accepted ? labels.accept : labels.decline)
      );
    case "answer":
      return (
        (prompt?.type === "question" && prompt.buttons.find((b) => b.value === reply.value)?.label) ||
        reply.value
      );
  }
}
