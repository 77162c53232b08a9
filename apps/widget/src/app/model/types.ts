import type { CaptureKind } from "@parley/flow/cards/capture";
import type { RunOutput } from "@parley/flow/runner/runOutput";
import type { SafeText } from "@parley/flow/text/safeText";
import type { ConversationMessage, ConversationStatus } from "@parley/protocol/conversationMessage";
import type { ChatSystemBody, ChatTextBody } from "@parley/protocol/liveChat";
import type { VisitorInput } from "@parley/protocol/realtime";
import type { ParleyDelivery } from "../../parley";
import type { LiveChatState } from "./liveChatState";

export type { CaptureKind, ConversationMessage, ConversationStatus, SafeText, VisitorInput };

/** What the visitor types during a live chat (sent as `chat.send`; its message's body is a ChatTextBody). */
export interface ChatInput {
  kind: "chat";
  text: string;
}

/**
 * A bot message's body: what the runner shows (packages/flow/src/runner/runOutput.ts). The widget
 * imports the types only: it ships no code of the flow package and parses nothing at run time.
 */
export type BotBody = Exclude<RunOutput, { type: "completed" }>;

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
  /** The live chat, once the conversation reached a Live chat card (model/liveChatState.ts). */
  lc?: LiveChatState;
}

export const isEnded = (status: ConversationRecord["status"]) =>
  status === "completed" || status === "dropped";

export const asBot = (m: ConversationMessage): BotBody | null =>
  m.author === "bot" && m.body && typeof m.body === "object" ? (m.body as BotBody) : null;

/** A visitor's answer to the bot (not a typed live-chat message: see asChat). */
export const asVisitorInput = (m: ConversationMessage): VisitorInput | null =>
  m.author === "visitor" && m.body && typeof m.body === "object" && !asChat(m)
    ? (m.body as VisitorInput)
    : null;

/** A typed live-chat message (visitor or agent), or a system notice (joined, transferred, ended). */
export const asChat = (m: ConversationMessage): ChatTextBody | null =>
  (m.body as ChatTextBody | null)?.kind === "chat" ? (m.body as ChatTextBody) : null;
export const asSystem = (m: ConversationMessage): ChatSystemBody | null =>
  m.author === "system" && (m.body as ChatSystemBody | null)?.kind === "system"
    ? (m.body as ChatSystemBody)
    : null;

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
