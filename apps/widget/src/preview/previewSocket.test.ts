import type { ServerFrame } from "@parley/protocol/realtime";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { previewSocketClass } from "./previewSocket";

/** The frames the stand-in server said, by type (and the bot's message bodies). */
function listen(socket: { onmessage: ((event: { data: string }) => void) | null }) {
  const heard: ServerFrame[] = [];
  socket.onmessage = (event) => heard.push(JSON.parse(event.data) as ServerFrame);
  return heard;
}

describe("the preview's stand-in server", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("greets, starts the conversation and asks with buttons after the site's response delay", async () => {
    const Socket = previewSocketClass(() => 2);
    const socket = new Socket("ws://x/ws");
    const heard = listen(socket);
    await vi.advanceTimersByTimeAsync(0);
    expect(heard.map((f) => f.type)).toEqual(["hello"]);

    socket.send(
      JSON.stringify({ type: "conversation.start", ref: "s1", clientId: "s1", dialogueId: "preview" }),
    );
    await vi.advanceTimersByTimeAsync(1999);
    expect(heard.map((f) => f.type)).toEqual(["hello", "conversation.started", "typing"]);
    await vi.advanceTimersByTimeAsync(1);
    const said = heard.find((f) => f.type === "conversation.messages");
    expect(said).toMatchObject({ messages: [{ seq: 1, author: "bot", body: { type: "question" } }] });
    expect(heard.at(-1)).toMatchObject({ type: "step.finished", lastSeq: 1, waitsForVisitor: true });
  });

  it("acknowledges an answer, echoes it as the visitor's message and replies; silent once closed", async () => {
    const Socket = previewSocketClass(() => 0);
    const socket = new Socket("ws://x/ws");
    const heard = listen(socket);
    socket.send(
      JSON.stringify({
        type: "conversation.input",
        ref: "i1",
        clientId: "i1",
        conversationId: "preview",
        input: { kind: "answer", value: "Book a demo" },
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(heard.find((f) => f.type === "ack")).toMatchObject({ clientId: "i1", duplicate: false });
    const messages = heard.filter((f) => f.type === "conversation.messages").flatMap((f) => f.messages);
    expect(messages.map((m) => [m.author, m.clientId])).toEqual([
      ["visitor", "i1"],
      ["bot", undefined],
    ]);

    socket.close();
    const before = heard.length;
    socket.send(JSON.stringify({ type: "ping" }));
    await vi.advanceTimersByTimeAsync(10);
    expect(heard).toHaveLength(before);
  });
});
