import { type ClientFrame, type EventFrame, ServerFrame } from "@parley/protocol/realtime";

/**
 * What the connection needs of a WebSocket; the browser's satisfies it, tests pass a fake. (Handlers
 * take `never` so that the DOM's richer event types fit; the connection reads only `data` and `code`.)
 */
export interface RealtimeSocket {
  send(data: string): void;
  close(): void;
  onopen: ((event: never) => void) | null;
  onmessage: ((event: never) => void) | null;
  onclose: ((event: never) => void) | null;
}

export interface RealtimeTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type ConnectionStatus = "connecting" | "connected" | "reconnecting";

export interface RealtimeOptions {
  createSocket(): RealtimeSocket;
  timers?: RealtimeTimers;
  /** 0 ≤ n < 1; jitter spreads the reconnects of many tabs after a server restart. */
  random?: () => number;
  onEvent(frame: EventFrame): void;
  /** Every other frame the server sends (acks, errors, hello …). */
  onFrame?(frame: Exclude<ServerFrame, EventFrame>): void;
  onStatus(status: ConnectionStatus): void;
  /** Connected again after a drop: events of `channel` may have been missed while down. */
  onResume(channel: string | null): void;
  /** The session ended (4401) or the server dropped a channel of ours: access must be read again. */
  onAccessLost(): void;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export interface RealtimeConnection {
  /** Listen to this channel (e.g. "site:abc"), leaving the previous one; null: none. */
  setChannel(channel: string | null): void;
  /** Also listen to this channel (e.g. a conversation on screen), again after every reconnect. */
  join(channel: string): void;
  leave(channel: string): void;
  /** Sends a frame now; false while disconnected (the caller keeps what must not be lost). */
  send(frame: ClientFrame): boolean;
  close(): void;
}

/** Delay before reconnect attempt `attempt` (0-based): doubling, capped, then jittered to 50–100 %. */
export function reconnectDelay(attempt: number, random: number, baseMs = 500, maxMs = 30_000): number {
  const capped = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(capped * (0.5 + random / 2));
}

/**
 * One WebSocket to /ws that comes back after every drop, with backoff, and listens to one channel
 * (the site) plus any joined ones (a conversation on screen):
 * it re-subscribes on each (re)connect and asks for a resume, since site events carry no sequence
 * number to replay from.
 */
export function createRealtimeConnection(options: RealtimeOptions): RealtimeConnection {
  const timers = options.timers ?? {
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (h) => clearTimeout(h as number),
  };
  const random = options.random ?? Math.random;
  let channel: string | null = null;
  const extra = new Set<string>();
  let socket: RealtimeSocket | null = null;
  let open = false;
  let everOpened = false;
  let attempt = 0;
  let retry: unknown = null;
  let closed = false;

  const send = (frame: ClientFrame) => {
    if (!socket || !open) return false;
    socket.send(JSON.stringify(frame));
    return true;
  };

  const connect = () => {
    retry = null;
    const current = options.createSocket();
    socket = current;
    current.onopen = () => {
      open = true;
      attempt = 0;
      if (channel) send({ type: "subscribe", channel });
      for (const joined of extra) send({ type: "subscribe", channel: joined });
      options.onStatus("connected");
      if (everOpened) options.onResume(channel);
      everOpened = true;
    };
    current.onmessage = (event: { data: unknown }) => {
      if (typeof event.data !== "string") return;
      let json: unknown;
      try {
        json = JSON.parse(event.data);
      } catch {
        return; // Not ours to understand; the server only sends JSON.
      }
      const parsed = ServerFrame.safeParse(json);
      if (!parsed.success) return;
      const frame = parsed.data;
      if (frame.type === "event") options.onEvent(frame);
      // Dropped by the server (not asked for): our role or sites changed.
      else if (frame.type === "unsubscribed" && frame.ref === undefined) options.onAccessLost();
      if (frame.type !== "event") options.onFrame?.(frame);
    };
    current.onclose = (event: { code: number }) => {
      if (socket !== current) return;
      socket = null;
      open = false;
      if (event.code === 4401) options.onAccessLost();
      if (closed) return;
      options.onStatus(everOpened ? "reconnecting" : "connecting");
      retry = timers.setTimeout(
        connect,
        reconnectDelay(attempt++, random(), options.baseDelayMs, options.maxDelayMs),
      );
    };
  };

  options.onStatus("connecting");
  connect();

  return {
    setChannel(next) {
      if (next === channel) return;
      if (channel) send({ type: "unsubscribe", channel, ref: "switch" });
      channel = next;
      if (channel) send({ type: "subscribe", channel });
    },
    join(joined) {
      if (extra.has(joined)) return;
      extra.add(joined);
      send({ type: "subscribe", channel: joined });
    },
    leave(left) {
      if (extra.delete(left)) send({ type: "unsubscribe", channel: left, ref: "leave" });
    },
    send,
    close() {
      closed = true;
      if (retry !== null) timers.clearTimeout(retry);
      const current = socket;
      socket = null;
      open = false;
      current?.close();
    },
  };
}
