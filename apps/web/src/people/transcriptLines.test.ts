import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import { describe, expect, it } from "vitest";
import { transcriptLines } from "./transcriptLines";

const at = "2026-01-05T10:00:00.000Z";
const msg = (seq: number, author: ConversationMessage["author"], body: unknown): ConversationMessage => ({
  seq,
  author,
  body,
  createdAt: at,
});

describe("transcriptLines", () => {
  it("reads the choices asked, the label of the chosen button and the field a capture took", () => {
    const lines = transcriptLines([
      msg(1, "bot", {
        type: "question",
        cardId: "q",
        text: [{ text: "What brings you " }, { text: "here", bold: true }, { text: "?" }],
        buttons: [
          { id: "a", label: "Pricing", value: "pricing" },
          { id: "b", label: "A demo", value: "demo" },
        ],
        allowFreeText: false,
      }),
      msg(2, "visitor", { kind: "answer", value: "demo" }),
      msg(3, "bot", { type: "capture", cardId: "c", text: [{ text: "Your email?" }], kind: "email" }),
      msg(4, "visitor", { kind: "answer", value: "ada@example.com" }),
      msg(5, "bot", { type: "consent", cardId: "k", text: [{ text: "May we write?" }], acceptLabel: "Sure" }),
      msg(6, "visitor", { kind: "consent", accepted: true }),
      msg(7, "agent", { text: "Hi, Sam here" }),
      msg(8, "system", { text: [{ text: "Sam joined" }] }),
    ]);
    expect(lines.map((l) => [l.author, l.text, l.note])).toEqual([
      ["bot", "What brings you here?", "Choices: Pricing · A demo"],
      ["visitor", "A demo", "Chose an option"],
      ["bot", "Your email?", "Asked for their email"],
      ["visitor", "ada@example.com", "Gave their email"],
      ["bot", "May we write?", "Asked for consent"],
      ["visitor", "Sure", "Gave consent"],
      ["agent", "Hi, Sam here", undefined],
      ["system", "Sam joined", undefined],
    ]);
  });

  it("keeps markup a visitor typed as text and survives bodies it does not know", () => {
    const lines = transcriptLines([
      msg(1, "visitor", { kind: "answer", value: "<img src=x onerror=alert(1)>" }),
      msg(2, "bot", null),
      msg(3, "bot", {
        type: "message",
        cardId: "m",
        text: [],
        image: { url: "https://x.test/a.png", alt: "A chart" },
      }),
    ]);
    expect(lines.map((l) => [l.text, l.note])).toEqual([
      ["<img src=x onerror=alert(1)>", undefined],
      ["", undefined],
      ["", "Image: A chart"],
    ]);
  });

  it("reads live chat messages of both sides with the agent's name, and what the system said", () => {
    const sam = { id: "u1", name: "Sam", avatarUrl: null };
    const lines = transcriptLines([
      msg(1, "system", { kind: "system", event: "assigned", agent: sam }),
      { ...msg(2, "visitor", { kind: "chat", text: "Is there a trial?" }), clientId: "c-visitor-1" },
      { ...msg(3, "agent", { kind: "chat", text: "Yes, 14 days", agent: sam }), clientId: "c-agent-1" },
      msg(4, "system", { kind: "system", event: "transferred", agent: { ...sam, name: "Lin" } }),
      msg(5, "system", { kind: "system", event: "ended", reason: "inactivity" }),
    ]);
    expect(lines.map((l) => [l.author, l.text, l.who, l.clientId])).toEqual([
      ["system", "Sam joined the chat", undefined, undefined],
      ["visitor", "Is there a trial?", undefined, "c-visitor-1"],
      ["agent", "Yes, 14 days", "Sam", "c-agent-1"],
      ["system", "The chat was transferred to Lin", undefined, undefined],
      ["system", "The chat ended: nobody wrote for a while", undefined, undefined],
    ]);
  });

  it("names the host of a booking an agent shared in a live chat, and keeps a card's own offer as it was", () => {
    const lines = transcriptLines([
      msg(1, "agent", { type: "meeting", offerId: "o1", agentName: "Grace Hopper" }),
      msg(2, "bot", {
        type: "meeting",
        cardId: "m",
        text: [],
        routing: { kind: "roundRobin" },
        offerId: "o2",
      }),
    ]);
    expect(lines.map((l) => [l.author, l.text, l.note])).toEqual([
      ["agent", "Booking shared: Grace Hopper", "Meeting booking"],
      ["bot", "Offered times for a meeting", "Meeting booking"],
    ]);
  });
});
