import { describe, expect, test } from "vitest";
import {
  type ConnectionStatus,
  createRealtimeConnection,
  reconnectDelay,
  type RealtimeSocket,
} from "./realtimeConnection";

class FakeSocket implements RealtimeSocket {
  sent: unknown[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.closed = true;
  }
  drop(code = 1006) {
    this.onclose?.({ code });
  }
}

/** Timers that run only when the test says so, with the delay they were asked for. */
function manualTimers() {
  const pending: { run: () => void; ms: number }[] = [];
  const asked: number[] = [];
  return {
    pending,
    asked,
    setTimeout: (run: () => void, ms: number) => {
      asked.push(ms);
      pending.push({ run, ms });
    },
    clearTimeout: () => undefined,
    fire() {
      pending.shift()?.run();
    },
  };
}

function setUp() {
  const sockets: FakeSocket[] = [];
  const statuses: ConnectionStatus[] = [];
  const resumed: (string | null)[] = [];
  const events: string[] = [];
  let accessLost = 0;
  const timers = manualTimers();
  const connection = createRealtimeConnection({
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    timers,
    random: () => 1,
    onEvent: (frame) => events.push(frame.name),
    onStatus: (status) => statuses.push(status),
    onResume: (channel) => resumed.push(channel),
    onAccessLost: () => accessLost++,
  });
  return { connection, sockets, statuses, resumed, events, timers, accessLost: () => accessLost };
}

describe("createRealtimeConnection", () => {
  test("subscribes to the selected site once open, and switches when the site changes", () => {
    const { connection, sockets } = setUp();
    connection.setChannel("site:a");
    const socket = sockets[0]!;
    socket.onopen?.();
    connection.setChannel("site:b");
    expect(socket.sent).toEqual([
      { type: "subscribe", channel: "site:a" },
      { type: "unsubscribe", channel: "site:a", ref: "switch" },
      { type: "subscribe", channel: "site:b" },
    ]);
  });

  test("after a drop it reconnects with growing delays, re-subscribes and asks for a resume", () => {
    const { connection, sockets, statuses, resumed, timers } = setUp();
    connection.setChannel("site:a");
    sockets[0]!.onopen?.();
    sockets[0]!.drop();
    expect(statuses.at(-1)).toBe("reconnecting");
    timers.fire();
    sockets[1]!.drop(); // the server is still down
    timers.fire();
    expect(timers.asked).toEqual([500, 1000]);
    sockets[2]!.onopen?.();

    expect(sockets[2]!.sent).toEqual([{ type: "subscribe", channel: "site:a" }]);
    expect(statuses.at(-1)).toBe("connected");
    expect(resumed).toEqual(["site:a"]);
    connection.close();
  });

  test("joined channels are subscribed again after a reconnect; frames go out only while connected", () => {
    const { connection, sockets, timers } = setUp();
    connection.setChannel("site:a");
    connection.join("conversation:c1");
    expect(connection.send({ type: "chat.typing", conversationId: "c1", typing: true })).toBe(false);
    sockets[0]!.onopen?.();
    expect(connection.send({ type: "chat.typing", conversationId: "c1", typing: true })).toBe(true);
    sockets[0]!.drop();
    timers.fire();
    sockets[1]!.onopen?.();
    expect(sockets[1]!.sent).toEqual([
      { type: "subscribe", channel: "site:a" },
      { type: "subscribe", channel: "conversation:c1" },
    ]);
    connection.leave("conversation:c1");
    expect(sockets[1]!.sent.at(-1)).toEqual({
      type: "unsubscribe",
      channel: "conversation:c1",
      ref: "leave",
    });
    connection.close();
  });

  test("hands acks and errors to onFrame", () => {
    const frames: string[] = [];
    const sockets: FakeSocket[] = [];
    createRealtimeConnection({
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket;
      },
      timers: manualTimers(),
      onEvent: () => undefined,
      onFrame: (frame) => frames.push(frame.type === "ack" ? `ack ${frame.clientId}` : frame.type),
      onStatus: () => undefined,
      onResume: () => undefined,
      onAccessLost: () => undefined,
    });
    sockets[0]!.onopen?.();
    sockets[0]!.onmessage?.({ data: JSON.stringify({ type: "ack", clientId: "k1", duplicate: false }) });
    sockets[0]!.onmessage?.({
      data: JSON.stringify({ type: "error", code: "conflict", message: "Ended", ref: "k2" }),
    });
    expect(frames).toEqual(["ack k1", "error"]);
  });

  test("the delay doubles, is capped and jittered", () => {
    expect(reconnectDelay(0, 1)).toBe(500);
    expect(reconnectDelay(1, 1)).toBe(1000);
    expect(reconnectDelay(20, 1)).toBe(30_000);
    expect(reconnectDelay(20, 0)).toBe(15_000);
  });

  test("passes events on, and says when access is lost (4401 or a channel dropped by the server)", () => {
    const { sockets, events, accessLost } = setUp();
    const socket = sockets[0]!;
    socket.onopen?.();
    const person = {
      id: "p1",
      siteId: "a",
      email: null,
      firstName: "Ada",
      lastName: null,
      phone: null,
      jobTitle: null,
      companyId: null,
      fields: {},
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
    socket.onmessage?.({
      data: JSON.stringify({ type: "event", channel: "site:a", name: "person.updated", data: person }),
    });
    socket.onmessage?.({ data: "not json" });
    socket.onmessage?.({
      data: JSON.stringify({ type: "event", channel: "site:a", name: "person.updated", data: {} }),
    });
    expect(events).toEqual(["person.updated"]);

    socket.onmessage?.({ data: JSON.stringify({ type: "unsubscribed", channel: "site:a" }) });
    expect(accessLost()).toBe(1);
    socket.drop(4401);
    expect(accessLost()).toBe(2);
  });

  test("closing stops reconnecting", () => {
    const { connection, sockets, timers } = setUp();
    sockets[0]!.onopen?.();
    connection.close();
    sockets[0]!.drop();
    expect(sockets[0]!.closed).toBe(true);
    expect(timers.pending).toEqual([]);
  });
});
