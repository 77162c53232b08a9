import { describe, expect, it } from "vitest";
import type { RunOutput } from "../runner/runOutput";
import { type OutputWords, outputRows } from "./outputRows";

const words: OutputWords = {
  nobodyAvailable: "Nobody is available",
  noAnswer: "No answer",
  failed: "Something went wrong",
  pdf: "PDF document",
  page: "Web page",
  invalid: { invalid_email: "Please enter a valid email address." },
};
const text = [{ text: "Hello" }];

describe("what each output type shows", () => {
  it("a message with its image, only when the image's address is http(s)", () => {
    const image = { url: "https://cdn.example.com/a.png", alt: "A" };
    expect(outputRows({ type: "message", cardId: "m", text, image }, words)).toEqual([
      { row: "bubble", text, image: { src: image.url, alt: "A" } },
    ]);
    const evil = { url: "javascript:alert(1)" };
    expect(outputRows({ type: "message", cardId: "m", text, image: evil }, words)).toEqual([
      { row: "bubble", text },
    ]);
  });

  it("a consent's privacy link: the card's, else the site's, never another scheme", () => {
    const consent: RunOutput = { type: "consent", cardId: "c", text };
    expect(outputRows(consent, words, "https://site.example/privacy")).toEqual([
      { row: "bubble", text, privacyHref: "https://site.example/privacy" },
    ]);
    expect(
      outputRows({ ...consent, privacyUrl: "https://card.example/p" }, words, "https://x.example")[0],
    ).toEqual({ row: "bubble", text, privacyHref: "https://card.example/p" });
    expect(outputRows(consent, words, "data:text/html,x")).toEqual([{ row: "bubble", text }]);
  });

  it("standard texts where the card has none; refused answers and errors as error notes", () => {
    expect(outputRows({ type: "liveChatUnavailable", cardId: "l", text: null }, words)).toEqual([
      { row: "bubble", text: "Nobody is available" },
    ]);
    expect(outputRows({ type: "noAnswer", cardId: "a", text: [] }, words)).toEqual([
      { row: "bubble", text: "No answer" },
    ]);
    expect(outputRows({ type: "noAnswer", cardId: "a", text }, words)).toEqual([{ row: "bubble", text }]);
    expect(outputRows({ type: "invalid", cardId: "c", code: "invalid_email" }, words)).toEqual([
      { row: "error", text: "Please enter a valid email address." },
    ]);
    expect(outputRows({ type: "invalid", cardId: "c", code: "too_long" }, words)).toEqual([
      { row: "error", text: "Something went wrong" },
    ]);
    expect(outputRows({ type: "error", code: "unknown_card" }, words)).toEqual([
      { row: "error", text: "Something went wrong" },
    ]);
  });

  it("content, meeting and live chat: their text only when there is one, then their own row", () => {
    const content: RunOutput = {
      type: "content",
      cardId: "d",
      title: "Guide",
      url: "https://x.example/g.pdf",
      kind: "pdf",
    };
    expect(outputRows(content, words)).toEqual([
      { row: "content", title: "Guide", kindLabel: "PDF document", url: "https://x.example/g.pdf" },
    ]);
    expect(outputRows({ ...content, text, kind: "page" }, words).map((r) => r.row)).toEqual([
      "bubble",
      "content",
    ]);
    const meeting: RunOutput = { type: "meeting", cardId: "b", routing: { strategy: "round_robin" } };
    expect(outputRows(meeting, words)).toEqual([{ row: "meeting" }]);
    expect(outputRows({ type: "liveChat", cardId: "l" }, words)).toEqual([]);
    expect(outputRows({ type: "liveChat", cardId: "l", text }, words)).toEqual([{ row: "bubble", text }]);
    expect(outputRows({ type: "completed" }, words)).toEqual([]);
  });
});
