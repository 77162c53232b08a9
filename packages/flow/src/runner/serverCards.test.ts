import { describe, expect, it } from "vitest";
import type { Card } from "../card";
import type { LiveChatCard } from "../cards/liveChat";
import { buildRunContext } from "../testing/buildRunContext";
import { buildStream } from "../testing/buildStream";
import { playStream } from "../testing/playStream";
import type { RunInput } from "./runInput";

const end = (id: string, text = `At ${id}`): Card => ({ id, type: "message", text });
const play = (cards: Card[], inputs: RunInput[] = [], context = buildRunContext()) =>
  playStream(buildStream(cards), inputs, context);
const lastOf = <T>(items: T[]) => items[items.length - 1]!;

describe("meeting booking card", () => {
  const cards: Card[] = [
    {
      id: "m",
      type: "meeting",
      text: "Pick a time",
      routing: { strategy: "specific_agent", agentId: "u1" },
      writeAgentTo: { field: "person.salesRep", value: "email" },
      booked: "yes",
      notBooked: "no",
    },
    end("yes", "See you, with {{agent.name}}"),
    end("no"),
  ];
  const routing = { strategy: "specific_agent", agentId: "u1" };

  it("asks for slots and waits for the server", () => {
    const [result] = play(cards);
    expect(result?.outputs).toEqual([
      { type: "meeting", cardId: "m", text: [{ text: "Pick a time" }], routing },
    ]);
    expect(result?.effects).toEqual([{ type: "offerMeetingSlots", cardId: "m", routing, reason: "card" }]);
    expect(result?.state.waiting).toEqual({ cardId: "m", accepts: ["meetingResult"], from: "server" });
  });

  it("booked: writes the agent to the field, remembers the agent for tokens, branches booked", () => {
    const result = lastOf(
      play(cards, [
        {
          kind: "meetingResult",
          booked: true,
          agent: { id: "u1", name: "Grace", email: "grace@example.com" },
        },
      ]),
    );
    expect(result.effects).toEqual([
      {
        type: "saveField",
        cardId: "m",
        field: "person.salesRep",
        value: "grace@example.com",
        overwrite: true,
      },
    ]);
    expect(result.outputs[0]).toEqual({
      type: "message",
      cardId: "yes",
      text: [{ text: "See you, with Grace" }],
    });
    expect(result.state.agent).toEqual({ id: "u1", name: "Grace", email: "grace@example.com" });
  });

  it("not booked: branches notBooked", () => {
    const result = lastOf(play(cards, [{ kind: "meetingResult", booked: false }]));
    expect(result.effects).toEqual([]);
    expect(result.visited).toEqual(["no"]);
  });

  it("does not take a visitor's typed answer as a booking", () => {
    expect(lastOf(play(cards, [{ kind: "answer", value: "booked" }])).outputs).toEqual([
      { type: "error", code: "unexpected_input" },
    ]);
  });
});

describe("live chat card", () => {
  const chat = (extra: Partial<LiveChatCard> = {}): Card[] => [
    {
      id: "l",
      type: "liveChat",
      text: "Connecting…",
      routing: { strategy: "team", teamId: "sales" },
      fallbackMessage: 'Nobody is free, {{person.firstName | "friend"}}.',
      ...extra,
    },
  ];

  it("hands over and asks the server to route", () => {
    const [result] = play(chat());
    expect(result?.outputs).toEqual([{ type: "liveChat", cardId: "l", text: [{ text: "Connecting…" }] }]);
    expect(result?.effects).toEqual([
      { type: "routeLiveChat", cardId: "l", routing: { strategy: "team", teamId: "sales" } },
    ]);
    expect(result?.state.waiting).toEqual({ cardId: "l", accepts: ["liveChatResult"], from: "server" });
  });

  it("connected: the bot part is completed", () => {
    const result = lastOf(
      play(chat(), [{ kind: "liveChatResult", outcome: "connected", agent: { name: "Grace" } }]),
    );
    expect(result.outputs).toEqual([{ type: "completed" }]);
    expect(result.state).toMatchObject({ status: "completed", agent: { name: "Grace" } });
  });

  it("unavailable: says the fallback message and completes", () => {
    const result = lastOf(play(chat(), [{ kind: "liveChatResult", outcome: "unavailable" }]));
    expect(result.outputs).toEqual([
      { type: "liveChatUnavailable", cardId: "l", text: [{ text: "Nobody is free, friend." }] },
      { type: "completed" },
    ]);
  });

  it("unavailable without a fallback text: the widget's standard one", () => {
    const result = lastOf(
      play(chat({ fallbackMessage: undefined }), [{ kind: "liveChatResult", outcome: "unavailable" }]),
    );
    expect(result.outputs[0]).toEqual({ type: "liveChatUnavailable", cardId: "l", text: null });
  });

  it("unavailable with a meeting offer: asks for slots with the same routing, then completes", () => {
    const [, unavailable, booked] = play(chat({ offerMeetingOnFallback: true }), [
      { kind: "liveChatResult", outcome: "unavailable" },
      { kind: "meetingResult", booked: true, agent: { name: "Ada" } },
    ]);
    const routing = { strategy: "team", teamId: "sales" };
    expect(unavailable?.outputs.map((o) => o.type)).toEqual(["liveChatUnavailable", "meeting"]);
    expect(unavailable?.effects).toEqual([
      { type: "offerMeetingSlots", cardId: "l", routing, reason: "liveChatFallback" },
    ]);
    expect(unavailable?.state.waiting).toEqual({ cardId: "l", accepts: ["meetingResult"], from: "server" });
    expect(booked?.outputs).toEqual([{ type: "completed" }]);
    expect(booked?.state.agent).toEqual({ name: "Ada" });
  });
});

describe("webhook card", () => {
  const cards: Card[] = [
    {
      id: "w",
      type: "webhook",
      url: "https://hooks.example.com/enrich",
      responseMapping: [
        { path: "company.name", field: "company.name" },
        { path: "company.employees", field: "company.size" },
        { path: "tags.0", field: "person.firstTag" },
        { path: "missing.path", field: "person.nothing" },
        { path: "company", field: "person.object" },
      ],
      success: "ok",
      failure: "ko",
    },
    end("ok", "Welcome, {{company.name}}"),
    end("ko"),
  ];

  it("asks the server to call the URL and waits", () => {
    const [result] = play(cards);
    expect(result?.outputs).toEqual([]);
    expect(result?.effects).toEqual([
      { type: "callWebhook", cardId: "w", url: "https://hooks.example.com/enrich" },
    ]);
    expect(result?.state.waiting).toEqual({ cardId: "w", accepts: ["webhookResult"], from: "server" });
  });

  it("success: maps response values to fields (scalars only) and branches success", () => {
    const body = { company: { name: "Acme", employees: 250 }, tags: ["vip"] };
    const result = lastOf(play(cards, [{ kind: "webhookResult", ok: true, status: 200, body }]));
    expect(result.effects).toEqual([
      { type: "saveField", cardId: "w", field: "company.name", value: "Acme", overwrite: true },
      { type: "saveField", cardId: "w", field: "company.size", value: 250, overwrite: true },
      { type: "saveField", cardId: "w", field: "person.firstTag", value: "vip", overwrite: true },
    ]);
    expect(result.outputs[0]).toEqual({ type: "message", cardId: "ok", text: [{ text: "Welcome, Acme" }] });
  });

  it("failure: branches failure without saving anything", () => {
    const result = lastOf(
      play(cards, [{ kind: "webhookResult", ok: false, status: 502, body: { company: { name: "X" } } }]),
    );
    expect(result.effects).toEqual([]);
    expect(result.visited).toEqual(["ko"]);
  });

  it("never asks the server to call a URL that is not https", () => {
    const [result] = play([
      { ...(cards[0] as Card & { type: "webhook" }), url: "http://insecure.example.com" },
      ...cards.slice(1),
    ]);
    expect(result?.effects).toEqual([]);
    expect(result?.visited).toEqual(["w", "ko"]);
  });
});

describe("flow card", () => {
  const cards: Card[] = [{ id: "f", type: "flow", flowId: "qualify-flow", next: "after" }, end("after")];

  it("asks the server to run the flow and continues when it has finished", () => {
    const [started, finished] = play(cards, [{ kind: "flowFinished" }]);
    expect(started?.effects).toEqual([{ type: "runFlow", cardId: "f", flowId: "qualify-flow" }]);
    expect(started?.state.waiting).toEqual({ cardId: "f", accepts: ["flowFinished"], from: "server" });
    expect(finished?.visited).toEqual(["after"]);
    expect(finished?.state.status).toBe("completed");
  });

  it("goes straight on when no flow is chosen", () => {
    const [result] = play([{ id: "f", type: "flow", flowId: "", next: "after" }, end("after")]);
    expect(result?.effects).toEqual([]);
    expect(result?.visited).toEqual(["f", "after"]);
  });
});
