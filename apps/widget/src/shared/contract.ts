import type { BootFlow, WidgetBootstrap } from "@parley/protocol/widgetBootstrap";
import type { ParleyDelivery, ParleyEventMap, ParleyEventName } from "../parley";

/** Namespaced JSON storage: localStorage, else memory (the visitor token also goes to a cookie). */
export interface Store {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  del(key: string): void;
  /** Removes every key of this site (shutdown). */
  clear(): void;
}

export type Emit = <E extends ParleyEventName>(name: E, payload: ParleyEventMap[E]) => void;

/** What the loader hands to the lazily loaded app. */
export interface WidgetContext {
  /** Origin of the Parley server, e.g. https://chat.example.com */
  base: string;
  siteKey: string;
  /** `GET /api/widget/bootstrap`'s answer (packages/protocol/src/widgetBootstrap.ts). */
  boot: WidgetBootstrap;
  store: Store;
  /** The widget's element; its open shadow root holds the launcher button (`.l`). */
  host: HTMLElement;
  emit: Emit;
  /** `Parley.identify` / `Parley.setAttributes` (sent by the loader). */
  identify(body: { person?: object; attributes?: object; signature?: string }): void;
}

export interface StartFlowRequest {
  delivery?: ParleyDelivery;
  target?: Element | string;
  /** A submitted `<form data-parley-flow>`: its email/name/phone/job-title fields identify the visitor. */
  form?: HTMLFormElement;
}

/** What the app offers back to the loader (the public API delegates to it). */
export interface AppHandle {
  open(): void;
  close(): void;
  toggle(): void;
  /** Resumes what this browser has in progress (the chat's conversation, inline flows). */
  restore(): void;
  startDialogue(): void;
  startFlow(flow: BootFlow, request: StartFlowRequest): void;
  setLanguage(code: unknown): void;
  shutdown(): void;
}

/** The app chunk's only export (it loads the visitor's language before it shows anything). */
export type MountApp = (ctx: WidgetContext) => Promise<AppHandle>;
