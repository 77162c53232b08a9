import type { ClientFrame, ServerFrame } from "@parley/protocol/realtime";
import type { AppContext } from "../api/context";
import { AppError } from "../errors";
import type { Identity } from "./connectionIdentity";

export type ChatFrame = Extract<ClientFrame, { type: `chat.${string}` }>;

/** A live-chat frame from a visitor or an agent: messages, typing, read marks, the visitor's end. */
export async function handleChatFrame(
  _ctx: AppContext,
  _identity: Identity,
  _frame: ChatFrame,
  _send: (frame: ServerFrame) => void,
): Promise<void> {
  // TODO(helper chat): postMessage, typing, seen and end (domain/chat).
  throw new AppError("bad_request", "Live chat frames are not handled yet");
}
