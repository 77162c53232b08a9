import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import type { ConversationNote } from "@parley/protocol/liveChat";
import { describe, expect, it } from "vitest";
import { conversationTimeline } from "./conversationTimeline";
import { mergeMessages } from "./mergeMessages";

const at = (minute: number) => `2026-01-05T10:${String(minute).padStart(2, "0")}:00.000Z`;
const chat = (
  seq: number,
  author: "visitor" | "agent",
  text: string,
  clientId?: string,
): ConversationMessage => ({
  seq,
  author,
  body: { kind: "chat", text },
  createdAt: at(seq),
  ...(clientId ? { clientId } : {}),
});
const note = (id: string, afterSeq: number, minute: number): ConversationNote => ({
  id,
  authorId: "u1",
  authorName: "Sam",
  text: `note ${id}`,
  clientId: null,
  afterSeq,
  createdAt: at(minute),
});
const shape = (items: ReturnType<typeof conversationTimeline>) =>
  items.map((i) =>
    i.type === "message" ? i.line.text : i.type === "note" ? i.note.text : `…${i.item.text}`,
  );

describe("conversationTimeline", () => {
  it("puts each note right after the message it was written after, notes of one place by time", () => {
    const messages = [chat(1, "visitor", "Hi"), chat(2, "agent", "Hello"), chat(3, "visitor", "Pricing?")];
    const notes = [note("b", 2, 9), note("a", 2, 5), note("c", 3, 10), note("z", 0, 1)];
    expect(shape(conversationTimeline(messages, notes))).toEqual([
      "note z",
      "Hi",
      "Hello",
      "note a",
      "note b",
      "Pricing?",
      "note c",
    ]);
  });

  it("shows a message on its way last, and once only when it has come back", () => {
    const outgoing = [
      { clientId: "k1", conversationId: "c", text: "Sure", error: null },
      { clientId: "k2", conversationId: "c", text: "One moment", error: null },
    ];
    const messages = [chat(1, "visitor", "Hi"), chat(2, "agent", "Sure", "k1")];
    expect(shape(conversationTimeline(messages, [], outgoing))).toEqual(["Hi", "Sure", "…One moment"]);
  });
});

describe("mergeMessages", () => {
  it("adds what is new in sequence order and shows nothing twice", () => {
    const cached = [chat(1, "visitor", "Hi"), chat(2, "agent", "Hello")];
    const merged = mergeMessages(cached, [
      chat(3, "visitor", "c"),
      chat(2, "agent", "Hello"),
      chat(3, "visitor", "c"),
    ]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(mergeMessages(cached, [chat(1, "visitor", "Hi")])).toBe(cached);
  });
});
