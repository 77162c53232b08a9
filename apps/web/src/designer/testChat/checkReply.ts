import type { CaptureCard } from "@parley/flow/cards/capture";
import { validateCapture, type InvalidAnswerCode } from "@parley/flow/runner/validateCapture";
import type { Stream } from "@parley/flow/stream";
import type { OpenPrompt } from "./testChatRun";

/** Free text (a question's typed answer, a question for the answer library): the rules of a text capture. */
const FREE_TEXT: CaptureCard = { id: "free-text", type: "capture", text: "", kind: "text" };

/**
 * Why a typed reply would be refused, or null: checked before it is sent, as the widget does, with
 * the runner's own rules (packages/flow validateCapture) and the capture card's own limits when the
 * card is in the draft. The runner still decides (a refused answer comes back as `invalid`).
 */
export function checkReply(
  prompt: OpenPrompt["output"],
  stream: Stream,
  raw: string,
): InvalidAnswerCode | null {
  const card = stream.cards.find((c) => c.id === prompt.cardId);
  const rules: CaptureCard =
    prompt.type === "capture"
      ? card?.type === "capture"
        ? card
        : { ...FREE_TEXT, kind: prompt.kind, options: prompt.options }
      : FREE_TEXT;
  const check = validateCapture(rules, raw);
  return check.ok ? null : check.code;
}
