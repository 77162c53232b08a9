import { describe, expect, it } from "vitest";
import { openPrompt } from "./openPrompt";
import type { ConversationMessage } from "./types";

let seq = 0;
const bot = (body: object): ConversationMessage => ({ seq: ++seq, author: "bot", body, createdAt: "" });
const visitor = (body: object): ConversationMessage => ({
  seq: ++seq,
  author: "visitor",
  body,
  createdAt: "",
});
const question = { type: "question", cardId: "q", text: [], buttons: [], allowFreeText: false };
const capture = { type: "capture", cardId: "e", text: [], kind: "email" };

describe("the prompt the visitor can answer", () => {
  it("is the last bot prompt until the visitor answers it", () => {
    const messages = [bot({ type: "message", cardId: "m", text: [] }), bot(question)];
    expect(openPrompt(messages, "initiated", 0)?.prompt).toEqual(question);
    expect(openPrompt([...messages, visitor({ kind: "answer", value: "x" })], "engaged", 0)).toBeNull();
  });

  it("is closed while an answer is on its way (outbox) and once the conversation ended", () => {
    const messages = [bot(capture)];
    expect(openPrompt(messages, "engaged", 1)).toBeNull();
    expect(openPrompt(messages, "completed", 0)).toBeNull();
  });

  it("reopens with the reason when the server refused the answer", () => {
    const messages = [
      bot(capture),
      visitor({ kind: "answer", value: "nope" }),
      bot({ type: "invalid", cardId: "e", code: "invalid_email" }),
    ];
    expect(openPrompt(messages, "engaged", 0)).toMatchObject({ prompt: capture, refused: "invalid_email" });
    expect(openPrompt([...messages, visitor({ kind: "answer", value: "a@b.co" })], "engaged", 0)).toBeNull();
  });

  it("is none after a message that ends a step (e.g. the thank-you)", () => {
    const messages = [
      bot(capture),
      visitor({ kind: "answer", value: "a@b.co" }),
      bot({ type: "message", cardId: "t", text: [] }),
    ];
    expect(openPrompt(messages, "engaged", 0)).toBeNull();
  });
});
