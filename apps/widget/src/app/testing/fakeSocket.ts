import type { ClientFrame, ServerFrame } from "@parley/protocol/realtime";
import type { WidgetBootstrap } from "@parley/protocol/widgetBootstrap";
import { afterEach, beforeEach, vi } from "vitest";
import { createStore } from "../../loader/createStore";
import type { WidgetContext } from "../../shared/contract";
import { createSession } from "../session";

/** A stand-in for the browser's WebSocket: records what the widget sends; the test plays the server. */
export class FakeSocket {
  static OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 1;
  sent: ClientFrame[] = [];
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
  /** The server says something. */
  say(frame: ServerFrame) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  /** The network drops the connection. */
  lose() {
    this.readyState = 3;
    this.onclose?.();
  }
}

export const boot = {
  enabled: true,
  visitor: { id: "v1", token: "tok", blocked: false },
  site: { name: "S", language: "auto", privacyUrl: null, branding: { responseDelaySeconds: 0 } },
  dialogue: { id: "d1", name: "Welcome", version: 1, trigger: { kind: "immediately" }, engaged: false },
  flows: [],
} as unknown as WidgetBootstrap;

export const latest = () => FakeSocket.all[FakeSocket.all.length - 1] as FakeSocket;
/** Every frame of a type the widget sent, over all sockets. */
export const sentOf = <T extends ClientFrame["type"]>(type: T) =>
  FakeSocket.all.flatMap((s) => s.sent).filter((f) => f.type === type) as Extract<ClientFrame, { type: T }>[];

/** Browser globals the session touches (fake timers on); call in beforeEach, undo with `vi.unstubAllGlobals()`. */
export function stubBrowser() {
  vi.useFakeTimers();
  FakeSocket.all = [];
  vi.stubGlobal("WebSocket", FakeSocket);
  vi.stubGlobal("navigator", { onLine: true, languages: ["en"] });
  vi.stubGlobal("location", { href: "https://shop.example.com/pricing" });
  vi.stubGlobal("sessionStorage", {});
  vi.stubGlobal("addEventListener", () => {});
  vi.stubGlobal("removeEventListener", () => {});
  vi.stubGlobal("document", {
    visibilityState: "visible",
    addEventListener() {},
    removeEventListener() {},
  });
}

/** A session on a greeted socket; `emitted` collects the API events, `backing` is its localStorage. */
export function startSession(
  emitted: { name: string; payload: Record<string, unknown> }[],
  backing: Record<string, string>,
) {
  const ctx = {
    base: "https://parley.example.com",
    siteKey: "site_1",
    boot,
    store: createStore("site_1", backing),
    host: null,
    emit: (name: string, payload: Record<string, unknown>) => emitted.push({ name, payload }),
    identify() {},
  } as unknown as WidgetContext;
  const session = createSession(ctx, () => "fr", { changed() {}, connection() {} });
  vi.advanceTimersByTime(1);
  latest().say({ type: "hello", kind: "visitor", id: "v1" });
  return session;
}

/** After a lost socket: the backoff passes and the next socket is greeted. */
export function reconnect() {
  latest().lose();
  vi.advanceTimersByTime(30_000);
  latest().say({ type: "hello", kind: "visitor", id: "v1" });
}

/**
 * Registers the browser stand-ins around each test of the suite; `emitted` (the API events) and
 * `backing` (localStorage) are emptied before each.
 */
export function useFakeBrowser() {
  const emitted: { name: string; payload: Record<string, unknown> }[] = [];
  const backing: Record<string, string> = {};
  beforeEach(() => {
    stubBrowser();
    emitted.length = 0;
    for (const key of Object.keys(backing)) delete backing[key];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return { emitted, backing };
}
