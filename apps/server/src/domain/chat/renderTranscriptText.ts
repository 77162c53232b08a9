import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import { messageAuthor, messageText } from "./messageText";

export interface TranscriptHeader {
  conversationId: string;
  siteName: string;
  dialogueName: string | null;
  visitorName: string | null;
  startedAt: string;
}

/**
 * The whole conversation as plain text, one message per line with its UTC time: the bot part, the
 * visitor, the agents and the system's notices. Internal notes are not part of it (it goes to the visitor).
 */
export function renderTranscriptText(header: TranscriptHeader, messages: ConversationMessage[]): string {
  const lines = [
    `Conversation ${header.conversationId}`,
    `Site: ${header.siteName}`,
    ...(header.dialogueName ? [`Dialogue: ${header.dialogueName}`] : []),
    ...(header.visitorName ? [`Visitor: ${header.visitorName}`] : []),
    `Started: ${header.startedAt}`,
    "",
  ];
  for (const message of messages) {
    // Continuation lines are indented so every line of the file starts with a time or with spaces.
    const text = messageText(message).split("\n").join("\n    ");
    lines.push(`[${message.createdAt}] ${messageAuthor(message)}: ${text}`);
  }
  return `${lines.join("\n")}\n`;
}
