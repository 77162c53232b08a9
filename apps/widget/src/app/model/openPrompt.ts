import type { InvalidCode } from "../i18n/messages";
import {
  asBot,
  type ConversationMessage,
  type ConversationRecord,
  isEnded,
  isPrompt,
  type Prompt,
} from "./types";

export interface OpenPrompt {
  seq: number;
  prompt: Prompt;
  /** The server refused the last answer to this prompt (the widget shows the translated reason). */
  refused?: InvalidCode;
}

/**
 * The prompt the visitor can answer now: the last bot prompt, unless the visitor answered it since
 * (or has an answer on its way) — an `invalid` reply after the answer reopens it. None once the
 * conversation ended.
 */
export function openPrompt(
  messages: readonly ConversationMessage[],
  status: ConversationRecord["status"],
  answersOnTheirWay: number,
): OpenPrompt | null {
  if (isEnded(status) || answersOnTheirWay > 0) return null;
  let refused: InvalidCode | undefined;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as ConversationMessage;
    const body = asBot(message);
    if (message.author === "visitor") {
      if (refused === undefined) return null;
      continue;
    }
    if (body?.type === "invalid" && refused === undefined) refused = body.code;
    else if (isPrompt(body)) return { seq: message.seq, prompt: body, refused };
    else if (body && refused === undefined) return null;
  }
  return null;
}
