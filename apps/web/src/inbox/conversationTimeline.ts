import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import type { ConversationNote } from "@parley/protocol/liveChat";
import { type TranscriptLine, transcriptLines } from "../people/transcriptLines";
import type { OutgoingItem } from "./outgoingQueue";

export type TimelineItem =
  | { type: "message"; key: string; line: TranscriptLine }
  | { type: "note"; key: string; note: ConversationNote }
  | { type: "outgoing"; key: string; item: OutgoingItem };

/**
 * What the conversation view lists, in order: every message (bot, visitor, agent, system), each
 * internal note right after the message it was written after (notes of one place by time), and last
 * the agent's own messages still on their way, unless the message already came back.
 */
export function conversationTimeline(
  messages: readonly ConversationMessage[],
  notes: readonly ConversationNote[],
  outgoing: readonly OutgoingItem[] = [],
): TimelineItem[] {
  const byPlace = [...notes].sort(
    (a, b) => a.afterSeq - b.afterSeq || a.createdAt.localeCompare(b.createdAt),
  );
  const items: TimelineItem[] = [];
  let n = 0;
  const notesUpTo = (seq: number) => {
    while (n < byPlace.length && (byPlace[n] as ConversationNote).afterSeq <= seq) {
      const note = byPlace[n++] as ConversationNote;
      items.push({ type: "note", key: `note-${note.id}`, note });
    }
  };
  const lines = transcriptLines(messages);
  for (const line of lines) {
    notesUpTo(line.seq - 1);
    items.push({ type: "message", key: `m-${line.seq}`, line });
  }
  notesUpTo(Number.POSITIVE_INFINITY);
  const arrived = new Set(lines.map((l) => l.clientId).filter(Boolean));
  for (const item of outgoing) {
    if (!arrived.has(item.clientId)) items.push({ type: "outgoing", key: `out-${item.clientId}`, item });
  }
  return items;
}
