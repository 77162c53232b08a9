import type { MeetingOfferView } from "@parley/protocol/meetings";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "../i18n/createTranslator";
import { en } from "../i18n/en";
import type { ConversationMessage, ConversationRecord } from "../model/types";
import { type FakeNode, fakeDocument } from "../testing/fakeDocument";
import type { MeetingCard } from "./createMeetingCard";
import { renderMessage } from "./renderMessage";
import type { ViewEnv } from "./viewEnv";

const booked: unknown[][] = [];
const env = {
  ctx: {
    base: "https://parley.example.com",
    boot: { site: { privacyUrl: null }, visitor: { token: "tok" } },
  },
  branding: { botName: "Parley" },
  session: { booked: (...args: unknown[]) => booked.push(args) },
  tr: () => createTranslator("en", en, ["en-US"]),
} as unknown as ViewEnv;

const view: MeetingOfferView = {
  offerId: "o1",
  status: "open",
  timeZone: "America/New_York",
  days: [
    { date: "2027-03-01", slots: [{ start: "2027-03-02T04:00:00.000Z", end: "2027-03-02T04:30:00.000Z" }] },
    {
      date: "2027-03-02",
      slots: [
        { start: "2027-03-02T14:00:00.000Z", end: "2027-03-02T14:30:00.000Z" },
        { start: "2027-03-02T14:30:00.000Z", end: "2027-03-02T15:00:00.000Z" },
      ],
    },
  ],
  meetingMinutes: 30,
  hostName: "Grace Hopper",
  needsEmail: false,
  noSlotsText: "<b>Nobody</b> today",
  meeting: null,
};

/** The server: each request answered by the next reply; every request kept. */
function serve(...replies: { status: number; body: unknown }[]) {
  const calls: { url: string; init?: RequestInit }[] = [];
  vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const reply = replies.shift() ?? { status: 500, body: null };
    return { ok: reply.status < 300, status: reply.status, json: async () => reply.body };
  });
  return calls;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const buttons = (el: FakeNode) => el.all("button").map((b) => b.attributes["aria-label"] ?? b.textContent);
const button = (el: FakeNode, name: string) =>
  el.all("button").find((b) => (b.attributes["aria-label"] ?? b.textContent) === name) as FakeNode;

async function shown(message: ConversationMessage) {
  const record = { id: "conv1", messages: [message], status: "engaged" } as ConversationRecord;
  const cards: MeetingCard[] = [];
  const rows = renderMessage(env, record, 0, cards) as unknown as FakeNode[];
  await settle();
  return { rows, card: cards[0]?.el as unknown as FakeNode };
}

describe("the meeting card, rendered", () => {
  let zone: string | undefined;
  beforeEach(() => {
    vi.stubGlobal("document", fakeDocument);
    zone = process.env.TZ;
    // The browser's zone decides the days: New York's, whatever the machine's.
    process.env.TZ = "America/New_York";
    booked.length = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    process.env.TZ = zone;
  });

  it("reads the offer in the browser's zone, books the chosen time as a simple CORS request, then shows it booked", async () => {
    const calls = serve(
      { status: 200, body: view },
      {
        status: 200,
        body: {
          meetingId: "m1",
          start: "2027-03-02T14:30:00.000Z",
          end: "2027-03-02T15:00:00.000Z",
          agentId: "u-grace",
          agentName: "Grace Hopper",
          timeZone: "America/New_York",
        },
      },
    );
    const { card } = await shown({
      seq: 4,
      author: "bot",
      body: { type: "meeting", cardId: "meet", routing: { strategy: "round_robin" }, offerId: "o1" },
      createdAt: "2027-03-01T12:00:00Z",
    });
    expect(calls[0]?.url).toBe(
      "https://parley.example.com/api/widget/meetings/offers/o1?visitor=tok&tz=America%2FNew_York",
    );
    expect(buttons(card)).toEqual(["Monday, March 1", "Tuesday, March 2", "11:00 PM", "No thanks"]);
    button(card, "Tuesday, March 2").click();
    expect(button(card, "Tuesday, March 2").attributes["aria-pressed"]).toBe("true");
    expect(buttons(card).slice(2)).toEqual(["9:00 AM", "9:30 AM", "No thanks"]);
    button(card, "9:30 AM").click();
    expect(card.textContent).toContain("Tuesday, March 2, 9:30 AM30 min · with Grace Hopper");
    expect(card.all("input")).toEqual([]); // the person has an email already
    button(card, "Book").click();
    await settle();
    expect(calls[1]?.url).toBe("https://parley.example.com/api/widget/meetings/offers/o1/book");
    expect(calls[1]?.init?.headers).toEqual({ "content-type": "text/plain;charset=UTF-8" });
    expect(JSON.parse(String(calls[1]?.init?.body))).toEqual({
      visitor: "tok",
      start: "2027-03-02T14:30:00.000Z",
      timeZone: "America/New_York",
      language: "en",
    });
    expect(card.textContent).toBe("Booked for Tuesday, March 2, 9:30 AM with Grace Hopper");
    expect(booked).toEqual([["conv1", "meet", "u-grace", "Grace Hopper", "2027-03-02T14:30:00.000Z"]]);
  });

  it("a booking an agent shared in the live chat: their name, then the same picker", async () => {
    serve({ status: 200, body: view });
    const { rows, card } = await shown({
      seq: 9,
      author: "agent",
      body: { type: "meeting", offerId: "o1", agentName: "Grace Hopper" },
      createdAt: "2027-03-01T12:00:00Z",
    });
    expect(rows.filter((r) => !r.className.includes("tm")).map((r) => r.textContent)[0]).toBe(
      "Grace Hopper: Book a time with Grace Hopper",
    );
    expect(buttons(card)[0]).toBe("Monday, March 1");
  });

  it("no free time: the site's text as text, Continue declines", async () => {
    const calls = serve(
      { status: 200, body: { ...view, days: [] } },
      { status: 200, body: { ...view, status: "closed" } },
    );
    const { card } = await shown({
      seq: 4,
      author: "bot",
      body: { type: "meeting", cardId: "meet", routing: { strategy: "round_robin" }, offerId: "o1" },
      createdAt: "2027-03-01T12:00:00Z",
    });
    expect(card.textContent).toBe("<b>Nobody</b> todayContinue");
    expect(card.all("b")).toEqual([]);
    button(card, "Continue").click();
    await settle();
    expect(calls[1]?.url).toBe("https://parley.example.com/api/widget/meetings/offers/o1/decline");
    expect(JSON.parse(String(calls[1]?.init?.body))).toEqual({ visitor: "tok" });
    expect(card.textContent).toBe("No meeting booked.");
  });

  it("an offer that cannot be read (offline): the failure and a retry that reads it again", async () => {
    serve({ status: 503, body: null }, { status: 200, body: view });
    const { card } = await shown({
      seq: 4,
      author: "bot",
      body: { type: "meeting", cardId: "meet", routing: { strategy: "round_robin" }, offerId: "o1" },
      createdAt: "2027-03-01T12:00:00Z",
    });
    expect(card.textContent).toBe("Something went wrong. Please try again later.Try again");
    button(card, "Try again").click();
    await settle();
    expect(buttons(card)[0]).toBe("Monday, March 1");
  });
});
