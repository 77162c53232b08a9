import type { ClientFrame, ServerFrame } from "@parley/protocol/realtime";
import { backoff } from "./backoff";

export type ConnectionState = "online" | "connecting" | "offline";

export interface Connection {
  /** Sends a frame if the socket is open and greeted; false otherwise (the caller keeps it for later). */
  send(frame: ClientFrame): boolean;
  state(): ConnectionState;
  close(): void;
}

const PING_AFTER_MS = 25_000;
const DEAD_AFTER_MS = 40_000;

/**
 * The widget's one WebSocket. Reconnects after any loss (network, server restart, another node)
 * with exponential backoff and jitter; waits for the browser to be online again rather than
 * hammering; pings when quiet and drops a socket that stays silent (half-open connections).
 * `ready` runs on each server `hello`: the moment to resume conversations and resend the outbox.
 */
export function createConnection(
  url: string,
  on: { frame(frame: ServerFrame): void; ready(): void; state(state: ConnectionState): void },
): Connection {
  let socket: WebSocket | null = null;
  let greeted = false;
  let attempt = 0;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let heard = Date.now();
  // Optimistic until told otherwise: the first failed attempt then reports "connecting".
  let current: ConnectionState = "online";
  const setState = (state: ConnectionState) => {
    if (state !== current) on.state((current = state));
  };

  const connect = () => {
    clearTimeout(retry);
    if (closed || socket) return;
    if (!navigator.onLine) return setState("offline");
    const ws = new WebSocket(url);
    socket = ws;
    heard = Date.now();
    ws.onmessage = (event) => {
      if (socket !== ws) return;
      heard = Date.now();
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (frame.type === "hello") {
        greeted = true;
        attempt = 0;
        setState("online");
        on.ready();
      }
      on.frame(frame);
    };
    ws.onclose = () => socket === ws && drop();
  };

  /** Forgets the current socket (closing it) and plans the next attempt. */
  const drop = () => {
    const ws = socket;
    socket = null;
    greeted = false;
    if (ws) {
      ws.onclose = ws.onmessage = null;
      ws.close();
    }
    if (closed) return;
    setState(navigator.onLine ? "connecting" : "offline");
    if (navigator.onLine) retry = setTimeout(connect, backoff(attempt++));
  };

  const send = (frame: ClientFrame) => {
    if (!socket || !greeted || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(frame));
    return true;
  };
  const heartbeat = setInterval(() => {
    const quiet = Date.now() - heard;
    if (socket && quiet > DEAD_AFTER_MS) drop();
    else if (quiet > PING_AFTER_MS) send({ type: "ping" });
  }, 5_000);
  const online = () => {
    attempt = 0;
    connect();
  };
  const offline = () => drop();
  const visible = () => document.visibilityState === "visible" && connect();
  addEventListener("online", online);
  addEventListener("offline", offline);
  document.addEventListener("visibilitychange", visible);
  // Not during construction: callers may still be wiring themselves up.
  retry = setTimeout(connect);

  return {
    send,
    state: () => current,
    close() {
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(retry);
      removeEventListener("online", online);
      removeEventListener("offline", offline);
      document.removeEventListener("visibilitychange", visible);
      drop();
    },
  };
}
