import type { AgentRef } from "@parley/protocol/liveChat";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "../i18n/createTranslator";
import { en } from "../i18n/en";
import type { ConversationMessage, ConversationRecord } from "../model/types";
import type { Conversation } from "../session";
import { type FakeNode, fakeDocument } from "../testing/fakeDocument";
import { createLiveCard } from "./createLiveCard";
import { renderMessage } from "./renderMessage";
import type { ViewEnv } from "./viewEnv";

const anna: AgentRef = { id: "u_anna", name: "Anna Berg", avatarUrl: "/api/avatars/u_anna?v=1" };
const ended: string[] = [];
const env = {
  ctx: { base: "https://parley.example.com", boot: { site: { privacyUrl: null } } },
  branding: { botName: "Parley" },
  session: { endChat: (c: Conversation) => ended.push(c.record.id ?? "") },
  tr: () => createTranslator("en", en, ["en-US"]),
} as unknown as ViewEnv;

const at = "2025-01-01T10:00:00Z";
const record = (messages: ConversationMessage[], lc?: ConversationRecord["lc"]) =>
  ({ id: "conv1", messages, lc, status: "engaged" }) as ConversationRecord;
const rendered = (message: ConversationMessage) =>
  renderMessage(env, record([message]), 0) as unknown as FakeNode[];
const said = (message: ConversationMessage) =>
  rendered(message)
    .filter((row) => !row.className.includes("tm"))
    .map((row) => row.textContent)
    .join("");
const state = (lc: Partial<NonNullable<ConversationRecord["lc"]>>) =>
  ({
    n: 1,
    chat: "k1",
    status: "routing",
    agent: null,
    position: null,
    wait: null,
    reason: null,
    from: 0,
    read: 0,
    ...lc,
  }) as NonNullable<ConversationRecord["lc"]>;

describe("the live chat on screen", () => {
  beforeEach(() => vi.stubGlobal("document", fakeDocument));
  afterEach(() => vi.unstubAllGlobals());

  it("an agent's message: text only, its http(s) links open safely in a new tab, nothing else is a link", () => {
    const rows = rendered({
      seq: 1,
      author: "agent",
      body: {
        kind: "chat",
        text: "Docs: https://docs.example.com/x <b>hi</b> javascript:alert(1)",
        agent: anna,
      },
      createdAt: at,
    });
    const links = rows.flatMap((row) => row.all("a"));
    expect(links.map((a) => a.attributes)).toEqual([
      { href: "https://docs.example.com/x", rel: "noopener noreferrer", target: "_blank" },
    ]);
    expect(rows.at(-1)?.textContent).toBe(
      "Anna Berg: Docs: https://docs.example.com/x <b>hi</b> javascript:alert(1)",
    );
    expect(rows.at(-1)?.className).toBe("row bot");
  });

  it("system notices say who joined, took over, and why the chat ended", () => {
    const notice = (body: object) =>
      said({ seq: 1, author: "system", body: { kind: "system", ...body }, createdAt: at });
    expect(notice({ event: "assigned", agent: anna })).toBe("Anna Berg joined the chat");
    expect(notice({ event: "transferred", agent: { ...anna, name: "Ben" } })).toBe("Ben took over the chat");
    expect(notice({ event: "ended", reason: "inactivity" })).toBe(
      "The chat ended after a period of inactivity.",
    );
    expect(notice({ event: "ended", reason: "agent", agent: anna })).toBe("Anna Berg ended the chat.");
    expect(notice({ event: "ended", reason: "visitor" })).toBe("You ended the chat.");
  });

  it("the card: connecting, the queue position and wait as they change, the agent, the end — End chat asks first", () => {
    const c = { record: record([], state({ status: "offered" })), typing: false } as Conversation;
    const card = createLiveCard(env, c);
    const el = card.el as unknown as FakeNode;
    card.update(true);
    expect(el.textContent).toBe("Connecting you with someone from our team…End chat");

    c.record.lc = state({ status: "queued", position: 3, wait: 240 });
    card.update(true);
    expect(el.textContent).toBe("You're number 3 in lineEstimated wait: about 4 minEnd chat");
    c.record.lc = state({ status: "queued", position: 1, wait: 20 });
    card.update(true);
    expect(el.textContent).toBe("You're number 1 in lineEstimated wait: about 1 minEnd chat");

    c.record.lc = state({ status: "assigned", agent: anna });
    card.update(true);
    expect(el.textContent).toBe("You're chatting with Anna BergEnd chat");
    expect(el.querySelector("img")?.attributes.src).toBe("https://parley.example.com/api/avatars/u_anna?v=1");
    c.record.lc = state({ status: "assigned", agent: { ...anna, avatarUrl: null } });
    card.update(true);
    expect(el.querySelector(".av")?.textContent).toBe("AB");

    el.querySelector(".qr")?.click();
    // (The initials are hidden from screen readers: the name follows.)
    expect(el.textContent).toBe("ABYou're chatting with Anna BergEnd this chat?Yes, end itCancel");
    expect(ended).toEqual([]);
    el.all(".qr")[1]?.click();
    expect(el.textContent).toBe("ABYou're chatting with Anna BergEnd chat");
    el.querySelector(".qr")?.click();
    el.querySelector(".yes")?.click();
    expect(ended).toEqual(["conv1"]);

    c.record.lc = state({ status: "ended", reason: "visitor" });
    card.update(true);
    expect(el.textContent).toBe("The chat has ended. Write again to start a new one.");
    expect(el.all("button")).toEqual([]);
    card.update(false);
    expect(el.hidden).toBe(true);
  });
});
