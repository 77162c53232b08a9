/**
 * Parley widget JavaScript API (product.md §13). Shipped as `dist/parley.d.ts`.
 *
 * The loader defines `window.Parley` and then dispatches `parley:ready` on `window` (with the API as
 * `event.detail`). Nothing here ever throws into the page: bad arguments are ignored with a console
 * warning.
 */

/** The widget languages (product.md §11). */
export type ParleyLanguage = "en" | "fr" | "it" | "es" | "de" | "pt-BR" | "nl" | "ja" | "ko" | "zh-CN";

/** How a conversation is shown: in a centred popup, inside a page element, or in the chat window. */
export type ParleyDelivery = "popup" | "inline" | "chat";

/** Fields of the visitor's person record. Extra keys are custom person fields (by API name). */
export interface ParleyPerson {
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  jobTitle?: string;
  /**
   * Verified identity: the hex HMAC-SHA256 of the email (trimmed, lower-cased) under the site's
   * identity secret, computed by your backend. Without it the email links the visitor for your
   * records, fills only empty fields, and shows them none of the person's stored values.
   */
  signature?: string;
  [customField: string]: string | number | boolean | undefined;
}

/** Attributes of the current visit (targeting conditions can use them). Keys: letters, digits, `_`. */
export type ParleyAttributes = Record<string, string | number | boolean>;

export interface ParleyStartFlowOptions {
  /** Default: the delivery configured on the flow. */
  delivery?: ParleyDelivery;
  /** For `inline`: the element (or a CSS selector) to render into. Default: `[data-parley-inline="ID"]`. */
  target?: Element | string;
}

/** What every event carries. */
export interface ParleyEventPayload {
  /** `dialogue` (targeted) or `flow` (triggered). */
  type: "dialogue" | "flow";
  /** The dialogue's or flow's id and name. */
  id: string;
  name: string;
  delivery: ParleyDelivery;
  /** One id per browser tab session. */
  sessionId: string;
  /** The conversation, once the server has created it. */
  conversationId: string | null;
}

export interface ParleyAgent {
  agentId: string | null;
  agentName: string | null;
}

/** The events and their payloads. */
export interface ParleyEventMap {
  /** A dialogue's trigger was met (or a flow was started) and its conversation began. */
  "conversation.triggered": ParleyEventPayload;
  /** The visitor answered for the first time. */
  "conversation.engaged": ParleyEventPayload;
  /** The conversation reached its end. */
  "conversation.completed": ParleyEventPayload;
  /** The visitor closed the chat window or popup. */
  "conversation.closed": ParleyEventPayload;
  "email.given": ParleyEventPayload & { email: string };
  "phone.given": ParleyEventPayload & { phone: string };
  "meeting.booked": ParleyEventPayload & ParleyAgent & { startsAt: string | null };
  /** The conversation reached a Live chat card: the visitor asked for a person. */
  "livechat.requested": ParleyEventPayload;
  /** An agent took the chat (once per chat). */
  "livechat.started": ParleyEventPayload & ParleyAgent;
  /** A started chat ended (the agent or the visitor ended it, or it was inactive). */
  "livechat.ended": ParleyEventPayload & ParleyAgent;
  /** Nobody took the chat: the fallback (message, booking offer) is shown. */
  "livechat.timedout": ParleyEventPayload;
  "goal.reached": ParleyEventPayload & { goal: string | null };
}

export type ParleyEventName = keyof ParleyEventMap;

export interface ParleyApi {
  /** Calls `handler` each time `event` happens. */
  on<E extends ParleyEventName>(event: E, handler: (payload: ParleyEventMap[E]) => void): void;
  /** Stops calling a handler given to `on`. */
  off<E extends ParleyEventName>(event: E, handler: (payload: ParleyEventMap[E]) => void): void;
  /** Opens the chat window (starting the page's dialogue if it has not started yet). */
  open(): void;
  close(): void;
  toggle(): void;
  /**
   * Tells Parley who the visitor is (an email joins the existing person with that email). Pass
   * `signature` from your backend so the visitor may see and update the person's stored data.
   */
  identify(person: ParleyPerson): void;
  /** Sets attributes of this visit. */
  setAttributes(attributes: ParleyAttributes): void;
  /** Starts a conversational flow. */
  startFlow(flowId: string, options?: ParleyStartFlowOptions): void;
  /** Switches the widget's own texts (and the dialogue texts of conversations started later). */
  setLanguage(code: ParleyLanguage): void;
  /** Removes the widget from the page and forgets this browser's visitor (use it on sign-out). */
  shutdown(): void;
}

declare global {
  interface Window {
    Parley?: ParleyApi;
  }
  interface WindowEventMap {
    "parley:ready": CustomEvent<ParleyApi>;
  }
}
