import { adoptCss } from "../shared/adoptCss";
import type { BootFlow } from "@parley/protocol/widgetBootstrap";
import type { AppHandle, MountApp, StartFlowRequest } from "../shared/contract";
import { pickLanguage } from "../shared/pickLanguage";
import type { ParleyDelivery, ParleyPerson } from "../parley";
import { brandingCss } from "./brandingCss";
import { createTranslator } from "./i18n/createTranslator";
import { loadMessages } from "./i18n/loadMessages";
import { asBot, type ConversationMessage, type ConversationRef, isEnded } from "./model/types";
import { type Conversation, createSession } from "./session";
import styles from "./styles.css";
import { createChatWindow } from "./ui/createChatWindow";
import { createPopup, type Popup } from "./ui/createPopup";
import { type Inline, mountInline } from "./ui/mountInline";
import { plainText } from "./ui/renderSafeText";
import { chime, unlockSound } from "./ui/sound";
import type { ViewEnv } from "./ui/viewEnv";

const PERSON_FIELDS = ["email", "firstName", "lastName", "phone", "jobTitle"];

/** What a bot message says in one line (the poke bubble). */
function preview(message: ConversationMessage): string | null {
  const body = asBot(message);
  if (!body || body.type === "invalid" || body.type === "error") return null;
  if (body.type === "content") return body.title;
  return "text" in body && body.text ? plainText(body.text) || null : null;
}

/**
 * The widget app, loaded by the loader when something is to be shown. Owns the WebSocket session,
 * the chat window, popups and inline conversations.
 */
export const mount: MountApp = async (ctx) => {
  const { boot, store } = ctx;
  const branding = boot.site.branding;
  const root = ctx.host.shadowRoot as ShadowRoot;
  const launcher = root.querySelector(".l") as HTMLButtonElement;
  const css = styles + brandingCss(branding, getComputedStyle(document.body).fontFamily);
  adoptCss(root, css);

  const translator = async (chosen: unknown) => {
    const language = pickLanguage(boot.site.language, navigator.languages, chosen);
    return createTranslator(language, await loadMessages(language));
  };
  let tr = await translator(store.get("lang"));
  const narrow = () => matchMedia("(max-width: 480px)").matches;
  const popups = new Set<Popup>();
  const inlines = new Map<string, Inline>();
  const views = () => [
    ...(chat.view ? [chat.view] : []),
    ...[...popups].map((p) => p.view),
    ...[...inlines.values()].map((i) => i.view),
  ];

  const session = createSession(ctx, () => tr.language, {
    changed(conversation, fresh) {
      for (const view of views()) if (view.conversation === conversation) view.update();
      const said = fresh.filter((m) => m.author !== "visitor").length;
      if (!said) return;
      const inChat = chat.view?.conversation === conversation;
      // The chime is for messages the visitor is not looking at: the closed chat's, or any while the
      // tab is hidden. Popups and inline flows are on screen while the chat window is closed.
      if (branding.sounds && (document.hidden || (inChat && !chat.isOpen()))) chime();
      if (inChat) arrived(conversation, said);
    },
    connection(state) {
      for (const view of views()) view.connection(state);
    },
  });
  const env: ViewEnv = { ctx, branding, session, tr: () => tr };
  // Back on the tab: a live chat on screen is now read (the agent sees "Read").
  const visible = () => {
    for (const view of views()) view.update();
  };
  document.addEventListener("visibilitychange", visible);
  const chat = createChatWindow(env, root, launcher, {
    closed: () => chat.view && session.closed(chat.view.conversation),
    dismissed: () => chat.view && once(chat.view.conversation, "px"),
  });

  /** Keys of things done once per conversation, kept with it. */
  const once = (c: Conversation, key: string) => {
    if (c.record.ev.includes(key)) return false;
    c.record.ev.push(key);
    store.set(`c:${c.record.slot}`, c.record);
    return true;
  };
  const pokeAllowed = (c: Conversation) =>
    branding.poke && (!narrow() || branding.pokeOnMobile) && !c.record.ev.includes("px");

  /** The poke previews the conversation's first bot message (product.md §3). */
  const firstWords = (c: Conversation) => {
    for (const m of c.record.messages) if (m.author !== "visitor" && preview(m)) return preview(m);
    return null;
  };

  /** A bot message in the chat's conversation while the window is closed: poke, open, or count it. */
  const arrived = (c: Conversation, count: number) => {
    if (chat.isOpen()) return;
    if (pokeAllowed(c)) chat.arrived(firstWords(c), true, count);
    // Without a poke, a new dialogue opens by itself on a desktop (never on a phone: it would cover the page).
    else if (!narrow() && once(c, "auto")) chat.open(false);
    else chat.arrived(null, false, count);
  };

  const refOf = (flow: BootFlow, delivery: ParleyDelivery): ConversationRef => ({
    type: "flow",
    id: flow.id,
    name: flow.name,
    delivery,
  });

  const showInChat = (c: Conversation) => {
    store.set("cur", c.record.slot);
    chat.show(c);
  };

  const startDialogue = () => {
    const d = boot.dialogue;
    const current = chat.view?.conversation;
    if (!d || (current && current.record.ref.id === d.id && !isEnded(current.record.status))) return;
    showInChat(session.start("chat", { type: "dialogue", id: d.id, name: d.name, delivery: "chat" }));
  };

  const startInline = (flow: BootFlow, container: Element, fresh: boolean) => {
    const slot = `inline:${flow.id}`;
    let c = session.get(slot) ?? session.restore(slot);
    if (fresh || !c || c.failed || isEnded(c.record.status)) c = session.start(slot, refOf(flow, "inline"));
    inlines.get(slot)?.remove();
    inlines.set(slot, mountInline(env, container, c, css));
  };

  const identifyFromForm = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const person: ParleyPerson = {};
    for (const key of PERSON_FIELDS) {
      const value = data.get(key);
      if (typeof value === "string" && value.trim()) person[key] = value.trim();
    }
    if (Object.keys(person).length) ctx.identify({ person });
  };

  const open = () => {
    unlockSound();
    const current = chat.view?.conversation;
    if (!current || isEnded(current.record.status) || current.failed) startDialogue();
    if (chat.view) once(chat.view.conversation, "opened");
    chat.open(true);
  };

  const handle: AppHandle = {
    open,
    close: () => chat.close(true),
    toggle: () => (chat.isOpen() ? chat.close(true) : open()),
    startDialogue,
    restore() {
      const slot = store.get<string>("cur");
      const c = slot ? session.restore(slot) : undefined;
      if (c) {
        chat.show(c);
        const words = firstWords(c);
        if (store.get("open")) chat.open(false);
        else if (words && !c.record.ev.includes("opened") && pokeAllowed(c) && !isEnded(c.record.status))
          chat.arrived(words, true, 1);
      }
      for (const el of document.querySelectorAll("[data-parley-inline]")) {
        const flow = boot.flows.find((f) => f.id === el.getAttribute("data-parley-inline"));
        if (flow && !inlines.has(`inline:${flow.id}`)) startInline(flow, el, false);
      }
    },
    startFlow(flow, request: StartFlowRequest) {
      unlockSound();
      if (request.form) identifyFromForm(request.form);
      const delivery =
        request.delivery && /^(popup|inline|chat)$/.test(request.delivery) ? request.delivery : flow.delivery;
      const target =
        typeof request.target === "string"
          ? document.querySelector(request.target)
          : (request.target ?? null);
      const container = target ?? document.querySelector(`[data-parley-inline="${CSS.escape(flow.id)}"]`);
      if (delivery === "inline" && container) return startInline(flow, container, true);
      if (delivery === "chat") {
        showInChat(session.start(`chat:${flow.id}`, refOf(flow, "chat")));
        return open();
      }
      // Popup (also for inline without a place to go).
      for (const popup of popups) popup.remove();
      popups.clear();
      const c = session.start(`popup:${flow.id}`, refOf(flow, "popup"));
      const popup = createPopup(env, root, c, () => {
        popups.delete(popup);
        session.closed(c);
      });
      popups.add(popup);
    },
    async setLanguage(code) {
      tr = await translator(code);
      for (const view of views()) view.redraw();
      chat.labels();
      for (const popup of popups) popup.labels();
      for (const inline of inlines.values()) inline.labels();
    },
    shutdown() {
      document.removeEventListener("visibilitychange", visible);
      session.close();
      chat.remove();
      for (const popup of popups) popup.remove();
      for (const inline of inlines.values()) inline.remove();
    },
  };
  chat.labels();
  return handle;
};
