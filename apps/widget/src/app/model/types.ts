import type { ConversationMessage, ConversationStatus, VisitorInput } from "@parley/protocol/realtime";
import type { ParleyDelivery } from "../../parley";
import type { InvalidCode } from "../i18n/messages";

export type { ConversationMessage, ConversationStatus, VisitorInput };

/** packages/flow/src/text/safeText.ts: text segments, never markup; `{text:"\n"}` is a line break. */
export type SafeText = { text: string; bold?: true; italic?: true; href?: string }[];

export type CaptureKind = "email" | "phone" | "text" | "number" | "picklist";

/**
 * A bot message's body: the runner outputs of packages/flow/src/runner/runOutput.ts, as the widget
 * reads them (the widget imports no code, and no types, from the flow package).
 */
export type BotBody =
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
      privacyUrl?: string;
      acceptLabel?: string;
      declineLabel?: string;
    }
  | { type: "content"; cardId: string; text?: SafeText; title: string; url: string; kind: "pdf" | "page" }
  | { type: "meeting"; cardId: string; text?: SafeText }
  | { type: "liveChat"; cardId: string; text?: SafeText }
  | { type: "liveChatUnavailable"; cardId: string; text: SafeText | null }
  | { type: "answerPrompt"; cardId: string; text: SafeText; canFinish: boolean }
  | { type: "noAnswer"; cardId: string; text: SafeText | null }
  | { type: "invalid"; cardId: string; code: InvalidCode }
  | { type: "error"; code: string };

/** Bot messages that wait for the visitor. */
export type Prompt = Extract<BotBody, { type: "question" | "capture" | "consent" | "answerPrompt" }>;

/** Which dialogue or flow a conversation runs, and how it is shown. */
export interface ConversationRef {
  type: "dialogue" | "flow";
  id: string;
  name: string;
  delivery: ParleyDelivery;
}

/**
 * One conversation as this browser keeps it (localStorage `c:<slot>`), so that a reload shows the
 * transcript at once and resumes from `seq`. Slots: `chat` (the page's dialogue), `chat:<flowId>`,
 * `inline:<flowId>`, `popup:<flowId>`.
 */
export interface ConversationRecord {
  slot: string;
  ref: ConversationRef;
  /** The server's conversation id, once `conversation.started` arrived. */
  id?: string;
  /** Client id of the `conversation.start` frame: resending it returns the same conversation. */
  start: string;
  /** How many times the start frame was sent (more than once: resume after it is acknowledged). */
  sent: number;
  /** The highest sequence number up to which every message is here. */
  seq: number;
  status: ConversationStatus | "new";
  messages: ConversationMessage[];
  /** Keys of what happens once per conversation, even across reloads: API events emitted, poke dismissed, window opened. */
  ev: string[];
}

export const isEnded = (status: ConversationRecord["status"]) =>
  status === "completed" || status === "dropped";

export const asBot = (m: ConversationMessage): BotBody | null =>
  m.author === "bot" && m.body && typeof m.body === "object" ? (m.body as BotBody) : null;

export const asVisitorInput = (m: ConversationMessage): VisitorInput | null =>
  m.author === "visitor" && m.body && typeof m.body === "object" ? (m.body as VisitorInput) : null;

const PROMPT_TYPES = new Set(["question", "capture", "consent", "answerPrompt"]);

export const isPrompt = (body: BotBody | null): body is Prompt => !!body && PROMPT_TYPES.has(body.type);

/** The last prompt among the first `end` messages: what a visitor message at `end` answered. */
export function promptBefore(messages: readonly ConversationMessage[], end: number): Prompt | null {
  for (let i = end - 1; i >= 0; i--) {
    const body = asBot(messages[i] as ConversationMessage);
    if (isPrompt(body)) return body;
  }
  return null;
}
