import type { CaptureKind } from "../cards/capture";
import type { Routing } from "../cards/routing";
import type { SafeText } from "../text/safeText";
import type { InvalidAnswerCode } from "./validateCapture";

export type RunErrorCode = "unexpected_input" | "already_completed" | "unknown_card" | "step_budget_exceeded";

/**
 * What the visitor is shown. Prompts (`question`, `capture`, `consent`, `meeting`, `liveChat`,
 * `answerPrompt`) say what the visitor must answer. `invalid` means the answer was refused and
 * the same prompt still stands; the widget translates `code`.
 */
export type RunOutput =
  | { type: "message"; cardId: string; text: SafeText; image?: { url: string; alt?: string } }
  | {
      type: "question";
      cardId: string;
      text: SafeText;
      buttons: { id: string; label: string; value: string }[];
      allowFreeText: boolean;
    }
  | {
      type: "capture";
      cardId: string;
      text: SafeText;
      kind: CaptureKind;
      options?: string[];
      placeholder?: string;
    }
  | {
      type: "consent";
      cardId: string;
      text: SafeText;
      /** Absent: the site's privacy-policy URL. */
      privacyUrl?: string;
      acceptLabel?: string;
      declineLabel?: string;
    }
  | { type: "content"; cardId: string; text?: SafeText; title: string; url: string; kind: "pdf" | "page" }
  /**
   * Show open slots and let the visitor pick one. The server adds `offerId` (the meeting offer the
   * widget reads slots of and books against) when it stores the message; the pure runner has none.
   */
  | { type: "meeting"; cardId: string; text?: SafeText; routing: Routing; offerId?: string }
  /** The visitor is being handed to a human; the widget shows that it is connecting. */
  | { type: "liveChat"; cardId: string; text?: SafeText }
  /** Nobody took the chat. `text` null: the widget's standard (translated) fallback text. */
  | { type: "liveChatUnavailable"; cardId: string; text: SafeText | null }
  /** Ask a free-text question for the answer library; `canFinish`: offer "no more questions". */
  | { type: "answerPrompt"; cardId: string; text: SafeText; canFinish: boolean }
  /** The answer library had nothing. `text` null: the widget's standard (translated) text. */
  | { type: "noAnswer"; cardId: string; text: SafeText | null }
  | { type: "invalid"; cardId: string; code: InvalidAnswerCode }
  | { type: "error"; code: RunErrorCode }
  | { type: "completed" };
