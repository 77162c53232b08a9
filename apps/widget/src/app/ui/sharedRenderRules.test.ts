import { answerLabel } from "@parley/flow/render/answerLabel";
import { type OutputRow, outputRows } from "@parley/flow/render/outputRows";
import type { RunOutput } from "@parley/flow/runner/runOutput";
import { safeTextToPlain } from "@parley/flow/text/safeText";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "../i18n/createTranslator";
import { en } from "../i18n/en";
import type { ConversationMessage, ConversationRecord } from "../model/types";
import { type FakeNode, fakeDocument } from "../testing/fakeDocument";
import { renderMessage } from "./renderMessage";
import type { ViewEnv } from "./viewEnv";

// The widget keeps its own switch over output types (renderMessage: a shared one would cost bytes of
// its 25 KB budget); the designer's test chat renders with packages/flow/src/render/outputRows.
// Both must show the same for the same outputs: this test renders each case both ways.
const SITE_PRIVACY = "https://site.example/privacy";
const env = {
  ctx: {
    base: "https://parley.example.com",
    boot: { site: { privacyUrl: SITE_PRIVACY }, visitor: { token: "t" } },
  },
  branding: { botName: "Parley" },
  session: {},
  tr: () => createTranslator("en", en, ["en-US"]),
} as unknown as ViewEnv;

const text = [{ text: "Hello " }, { text: "there", bold: true as const }, { text: "\n" }, { text: "friend" }];
const CASES: RunOutput[] = [
  { type: "message", cardId: "m", text },
  { type: "message", cardId: "m", text, image: { url: "https://cdn.example.com/a.png", alt: "A chart" } },
  { type: "message", cardId: "m", text, image: { url: "javascript:alert(1)" } },
  {
    type: "question",
    cardId: "q",
    text,
    buttons: [{ id: "a", label: "A", value: "a" }],
    allowFreeText: false,
  },
  { type: "capture", cardId: "c", text, kind: "email" },
  { type: "answerPrompt", cardId: "a", text, canFinish: true },
  { type: "consent", cardId: "k", text },
  { type: "consent", cardId: "k", text, privacyUrl: "https://card.example/p" },
  { type: "consent", cardId: "k", text, privacyUrl: "data:text/html,x" },
  { type: "content", cardId: "d", title: "The guide", url: "https://x.example/g.pdf", kind: "pdf" },
  { type: "content", cardId: "d", text, title: "Pricing", url: "https://x.example/p", kind: "page" },
  { type: "liveChat", cardId: "l" },
  { type: "liveChat", cardId: "l", text },
  { type: "liveChatUnavailable", cardId: "l", text: null },
  { type: "liveChatUnavailable", cardId: "l", text },
  { type: "noAnswer", cardId: "a", text: null },
  { type: "noAnswer", cardId: "a", text },
  { type: "invalid", cardId: "c", code: "invalid_email" },
  { type: "invalid", cardId: "c", code: "number_too_large" },
  { type: "error", code: "unknown_card" },
];

/** A row as the visitor reads it: its words (line breaks as "\n"), its image and its links. */
interface Seen {
  words: string;
  image: string | null;
  links: string[];
}
const plain = (t: string | typeof text) => (typeof t === "string" ? t : safeTextToPlain(t));
const wordsOf = (node: FakeNode): string =>
  node.tag === "#text" ? node.text : node.tag === "br" ? "\n" : node.children.map(wordsOf).join("");

function widgetRows(output: RunOutput): Seen[] {
  const message = {
    seq: 1,
    author: "bot",
    body: output,
    createdAt: "2025-01-01T10:00:00Z",
  } as ConversationMessage;
  const rows = renderMessage(
    env,
    { id: "c1", messages: [message] } as ConversationRecord,
    0,
  ) as unknown as FakeNode[];
  return rows
    .filter((row) => !row.className.includes("tm"))
    .map((row) => ({
      words: wordsOf(row).replace(/^Parley: /, ""),
      image: row.all("img")[0]?.getAttribute("src") ?? null,
      links: row.all("a").map((a) => a.getAttribute("href") ?? ""),
    }));
}

function sharedRows(output: RunOutput): Seen[] {
  return outputRows(output, en, SITE_PRIVACY).map((row: OutputRow): Seen => {
    switch (row.row) {
      case "bubble":
        return {
          words: plain(row.text) + (row.privacyHref ? en.privacyPolicy : ""),
          image: row.image?.src ?? null,
          links: row.privacyHref ? [row.privacyHref] : [],
        };
      case "content":
        // The widget links through the server's tracking address; the test chat to the document.
        return { words: row.title + row.kindLabel + en.open, image: null, links: ["(tracked)"] };
      case "meeting":
        return { words: "(slot picker)", image: null, links: [] };
      case "error":
        return { words: row.text, image: null, links: [] };
    }
  });
}

describe("the widget and the test chat show the same for each output", () => {
  beforeEach(() => vi.stubGlobal("document", fakeDocument));
  afterEach(() => vi.unstubAllGlobals());

  it.each(CASES.map((output) => [output.type, output] as const))("%s", (_type, output) => {
    const widget = widgetRows(output).map((row) =>
      row.links.length && row.words.endsWith(en.open) ? { ...row, links: ["(tracked)"] } : row,
    );
    expect(widget).toEqual(sharedRows(output));
  });

  it("a visitor's answer shows the same label (the shared answerLabel is the widget's)", () => {
    const question = CASES[3] as RunOutput;
    const messages = [
      { seq: 1, author: "bot", body: question, createdAt: "2025-01-01T10:00:00Z" },
      { seq: 2, author: "visitor", body: { kind: "answer", value: "a" }, createdAt: "2025-01-01T10:00:01Z" },
    ] as ConversationMessage[];
    const rows = renderMessage(env, { id: "c1", messages } as ConversationRecord, 1) as unknown as FakeNode[];
    expect(wordsOf(rows[0] as FakeNode)).toBe(
      `${en.you}: ${answerLabel({ kind: "answer", value: "a" }, question, en)}`,
    );
  });
});
