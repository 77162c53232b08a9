import { describe, expect, it } from "vitest";
import { versionCards } from "./versionCards";

describe("versionCards", () => {
  it("lists the cards with their type and visitor text, the start card first", () => {
    const stream = {
      schemaVersion: 1,
      startCardId: "ask",
      cards: [
        { id: "bye", type: "message", text: "Thanks!", next: null },
        { id: "ask", type: "question", text: "What brings you here?", answers: [] },
        { id: "chat", type: "liveChat", name: "Sales chat" },
        { id: "goal", type: "goal" },
      ],
    };
    expect(versionCards(stream)).toEqual([
      { id: "ask", type: "Question", text: "What brings you here?", start: true },
      { id: "bye", type: "Message", text: "Thanks!", start: false },
      { id: "chat", type: "Live chat", text: "Sales chat", start: false },
      { id: "goal", type: "Goal", text: "", start: false },
    ]);
  });

  it("copes with documents it does not understand", () => {
    expect(versionCards(null)).toEqual([]);
    expect(versionCards({ cards: "no" })).toEqual([]);
    expect(versionCards({ cards: [null, { type: "message" }, { id: "x", type: "future" }] })).toEqual([
      { id: "x", type: "Future", text: "", start: false },
    ]);
  });
});
