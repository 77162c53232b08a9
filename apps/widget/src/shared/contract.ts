import type { ParleyDelivery, ParleyEventMap, ParleyEventName, ParleyLanguage } from "../parley";

export type Trigger =
  | { kind: "immediately" }
  | { kind: "seconds_on_page"; seconds: number }
  | { kind: "seconds_on_site"; seconds: number }
  | { kind: "scroll"; percent: number }
  | { kind: "exit_intent" };

export interface Branding {
  launcherColor: string;
  headerColor: string;
  botBubbleColor: string;
  visitorBubbleColor: string;
  buttonColor: string;
  font: string;
  position: "bottom-right" | "bottom-left";
  offsetX: number;
  offsetY: number;
  botName: string;
  botAvatarUrl: string | null;
  headerText: string;
  responseDelaySeconds: number;
  sounds: boolean;
  poke: boolean;
  pokeOnMobile: boolean;
}

export interface BootDialogue {
  id: string;
  name: string;
  version: number;
  trigger: Trigger;
  engaged: boolean;
}

export interface BootFlow {
  id: string;
  name: string;
  delivery: ParleyDelivery;
  /** The flow's "on page load" setting applies on this page, and this visitor never met it. */
  startOnLoad?: boolean;
}

/** `GET /api/widget/bootstrap` (apps/server/src/api/widget/bootstrapRoutes.ts). */
export interface Bootstrap {
  enabled: boolean;
  visitor: { id: string; token: string; blocked: boolean };
  site: {
    name: string;
    branding: Branding;
    language: "auto" | ParleyLanguage;
    privacyUrl: string | null;
  };
  dialogue: BootDialogue | null;
  flows: BootFlow[];
}

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
  boot: Bootstrap;
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
