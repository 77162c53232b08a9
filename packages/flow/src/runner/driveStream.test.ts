import { describe, expect, it } from "vitest";
import type { Card } from "../card";
import type { Stream } from "../stream";
import { buildRunContext } from "../testing/buildRunContext";
import { buildStream } from "../testing/buildStream";
import type { DriveState } from "./driveState";
import { newDriveState, waitsForVisitorInput } from "./driveState";
import type { DriveHost, FlowRef } from "./driveStream";
import { driveStream, MAX_CHAIN } from "./driveStream";
import type { RunEffect } from "./runEffect";
import type { RunInput } from "./runInput";
import type { RunOutput } from "./runOutput";

const say = (id: string, next?: string): Card => ({
  id,
  type: "message",
  text: `At ${id}`,
  next: next ?? null,
});
const ask = (id: string, next?: string): Card => ({
  id,
  type: "question",
  text: `Question ${id}`,
  answers: [{ id: `${id}-yes`, label: "Yes", value: "yes" }],
  next: next ?? null,
});
const runFlow = (id: string, flowId: string, next?: string): Card => ({
  id,
  type: "flow",
  flowId,
  next: next ?? null,
});

/** A host over in-memory streams that answers the answer library at once and records everything. */
function testHost(
  main: Stream,
  flows: Record<string, Stream> = {},
  answer?: (e: RunEffect) => RunInput | null,
) {
  const visits: string[] = [];
  const effects: RunEffect[] = [];
  const host: DriveHost = {
    stream: (flow) => (flow ? flows[flow.dialogueId]! : main),
    context: () => buildRunContext(),
    flow: (flowId): FlowRef | null => (flows[flowId] ? { dialogueId: flowId, version: 2 } : null),
    effect(effect) {
      effects.push(effect);
      if (answer) return answer(effect);
      return effect.type === "searchAnswers"
        ? { kind: "answersFound", matches: [{ question: "Price?", answer: "It is free." }] }
        : null;
    },
    visited: (cardId, flow) => visits.push(flow ? `${flow.dialogueId}/${cardId}` : cardId),
  };
  return { host, visits, effects };
}

const texts = (outputs: RunOutput[]) =>
  outputs.map((o) => ("text" in o && Array.isArray(o.text) ? o.text.map((t) => t.text).join("") : o.type));

describe("driveStream", () => {
  const main = buildStream([say("hello", "f"), runFlow("f", "qualify", "bye"), say("bye")]);
  const qualify = buildStream([say("in", "q"), ask("q")]);

  it("enters a published flow, waits inside it, then continues the main stream once it ends", async () => {
    const { host, visits } = testHost(main, { qualify });
    const first = await driveStream(host, newDriveState(), { kind: "start" });
    expect(texts(first.outputs)).toEqual(["At hello", "At in", "Question q"]);
    expect(first.state.flow).toMatchObject({ dialogueId: "qualify", version: 2 });
    expect(waitsForVisitorInput(first.state)).toBe(true);

    const second = await driveStream(host, first.state, { kind: "answer", value: "yes" });
    // The flow's own end is not shown: only the conversation's.
    expect(texts(second.outputs)).toEqual(["At bye", "completed"]);
    expect(second.state.flow).toBeUndefined();
    expect(second.state.main.status).toBe("completed");
    expect(visits).toEqual(["hello", "f", "qualify/in", "qualify/q", "bye"]);
  });

  it("skips a Flow card whose flow is missing or unpublished", async () => {
    const { host, visits } = testHost(main, {});
    const result = await driveStream(host, newDriveState(), { kind: "start" });
    expect(texts(result.outputs)).toEqual(["At hello", "At bye", "completed"]);
    expect(visits).toEqual(["hello", "f", "bye"]);
  });

  it("skips a Flow card inside a running flow (flows do not nest)", async () => {
    const outer = buildStream([say("o1", "inner"), runFlow("inner", "qualify", "o2"), say("o2")]);
    const { host } = testHost(main, { qualify: outer });
    const result = await driveStream(host, newDriveState(), { kind: "start" });
    expect(texts(result.outputs)).toEqual(["At hello", "At o1", "At o2", "At bye", "completed"]);
  });

  it("chains the answer library: a question is searched and answered in the same drive", async () => {
    const stream = buildStream([
      { id: "a", type: "answer", text: "Ask away", maxQuestions: 1, matched: "thanks", noMatch: null },
      say("thanks"),
    ]);
    const { host, effects } = testHost(stream);
    const asked = await driveStream(host, newDriveState(), { kind: "start" });
    expect(asked.outputs.map((o) => o.type)).toEqual(["answerPrompt"]);
    const answered = await driveStream(host, asked.state, { kind: "answer", value: "How much?" });
    expect(effects).toEqual([{ type: "searchAnswers", cardId: "a", query: "How much?" }]);
    expect(texts(answered.outputs)).toEqual(["It is free.", "At thanks", "completed"]);
  });

  it("leaves the stream waiting for an effect the host does not answer at once", async () => {
    const stream = buildStream([
      { id: "w", type: "webhook", url: "https://example.com/hook", success: "ok", failure: "ko" },
      say("ok"),
      say("ko"),
    ]);
    const { host } = testHost(stream);
    const waiting = await driveStream(host, newDriveState(), { kind: "start" });
    expect(waiting.outputs).toEqual([]);
    expect(waiting.state.main.waiting).toEqual({ cardId: "w", accepts: ["webhookResult"], from: "server" });
    expect(waitsForVisitorInput(waiting.state)).toBe(false);
    const later = await driveStream(host, waiting.state, { kind: "webhookResult", ok: false, status: 500 });
    expect(texts(later.outputs)).toEqual(["At ko", "completed"]);
  });

  it(`stops after ${MAX_CHAIN} chained answers instead of spinning forever`, async () => {
    // A webhook that leads back to itself, answered at once every time: only the chain limit ends it.
    const stream = buildStream([
      { id: "w", type: "webhook", url: "https://example.com/hook", success: "w", failure: "w" },
    ]);
    const { host, effects } = testHost(stream, {}, () => ({ kind: "webhookResult", ok: true }));
    const result = await driveStream(host, newDriveState(), { kind: "start" });
    expect(effects).toHaveLength(MAX_CHAIN);
    expect(result.state.main.status).toBe("waiting");
  });

  it("never changes the state it is given", async () => {
    const { host } = testHost(main, { qualify });
    const first = await driveStream(host, newDriveState(), { kind: "start" });
    const frozen: DriveState = JSON.parse(JSON.stringify(first.state)) as DriveState;
    await driveStream(host, first.state, { kind: "answer", value: "yes" });
    expect(first.state).toEqual(frozen);
  });

  it("lets the host complete outputs (a meeting offer's id on its prompt) and awaits async hosts", async () => {
    const stream = buildStream([
      {
        id: "m",
        type: "meeting",
        text: "Pick a time",
        routing: { strategy: "round_robin" },
        booked: null,
        notBooked: null,
      },
    ]);
    const host: DriveHost = {
      stream: async () => stream,
      context: async () => buildRunContext(),
      flow: async () => null,
      async effect(effect, outputs) {
        const prompt = outputs.findLast((o) => o.type === "meeting");
        if (effect.type === "offerMeetingSlots" && prompt?.type === "meeting") prompt.offerId = "offer-1";
        return null;
      },
    };
    const result = await driveStream(host, newDriveState(), { kind: "start" });
    expect(result.outputs).toEqual([
      expect.objectContaining({ type: "meeting", cardId: "m", offerId: "offer-1" }),
    ]);
  });
});
