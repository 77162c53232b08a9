import { icon } from "../../shared/icon";
import type { Conversation } from "../session";
import { type ConversationView, createConversationView } from "./createConversationView";
import { h } from "./h";
import { avatar, header } from "./header";
import { CLOSE, DOWN } from "./icons";
import { unlockSound } from "./sound";
import { trapFocus } from "./trapFocus";
import type { ViewEnv } from "./viewEnv";

/**
 * The chat window (a dialog beside the launcher; full screen under 480 px), the poke bubble that
 * previews the bot's first message before the visitor opens it, and the launcher's state (open,
 * unread count).
 */
export function createChatWindow(
  env: ViewEnv,
  root: ShadowRoot,
  launcher: HTMLButtonElement,
  hooks: { closed(): void; dismissed(): void },
) {
  let view: ConversationView | null = null;
  let unread = 0;
  let returnTo: HTMLElement | null = null;

  const top = header(env.branding, "pt", () => close(true));
  const body = h("div", { class: "body" });
  const win = h(
    "section",
    { class: "win pos", role: "dialog", "aria-modal": "true", "aria-labelledby": "pt", hidden: true },
    top.el,
    body,
  );
  trapFocus(win, () => close(true));

  const pokeText = h("span", { class: "pt" });
  const pokeOpen = h("button", { class: "pb", type: "button" }, avatar(env.branding), pokeText);
  const pokeClose = h("button", { class: "px", type: "button" }, icon(CLOSE));
  const poke = h("div", { class: "poke pos", hidden: true }, pokeOpen, pokeClose);
  pokeOpen.addEventListener("click", () => open(true));
  pokeClose.addEventListener("click", () => {
    poke.hidden = true;
    launcher.focus();
    hooks.dismissed();
  });
  const badge = h("span", { class: "badge", "aria-hidden": "true", hidden: true });
  const closeIcon = icon(DOWN);
  closeIcon.classList.add("ic");
  launcher.append(closeIcon, badge);
  root.append(poke, win);

  const isOpen = () => !win.hidden;
  const labels = () => {
    const tr = env.tr();
    const m = tr.messages;
    const unreadText = unread ? `, ${tr.plural(m.unread, unread)}` : "";
    launcher.setAttribute("aria-label", (isOpen() ? m.closeChat : m.openChat) + unreadText);
    launcher.setAttribute("aria-expanded", String(isOpen()));
    launcher.classList.toggle("o", isOpen());
    badge.textContent = String(unread);
    badge.hidden = !unread;
    top.closeButton.setAttribute("aria-label", m.closeChat);
    pokeClose.setAttribute("aria-label", m.dismiss);
    pokeOpen.setAttribute(
      "aria-label",
      `${tr.t("newMessageFrom", { name: env.branding.botName })}: ${pokeText.textContent}`,
    );
    win.setAttribute("aria-label", tr.t("chatWith", { name: env.branding.botName }));
  };

  /** `byVisitor`: focus moves into the window (and back out on close). */
  const open = (byVisitor: boolean) => {
    if (!view) return;
    if (!isOpen()) {
      const active = root.activeElement ?? document.activeElement;
      returnTo = active instanceof HTMLElement && active !== document.body ? active : launcher;
    }
    win.hidden = false;
    poke.hidden = true;
    launcher.hidden = false;
    unread = 0;
    env.ctx.store.set("open", 1);
    labels();
    view.update();
    if (!byVisitor) return;
    // The visitor's click (launcher or poke) lets later messages chime.
    unlockSound();
    view.focus();
  };
  const close = (byVisitor: boolean) => {
    if (!isOpen()) return;
    win.hidden = true;
    env.ctx.store.set("open", 0);
    labels();
    if (byVisitor) {
      const target = returnTo?.isConnected ? returnTo : launcher;
      target.focus();
      hooks.closed();
    }
  };

  return {
    isOpen,
    open,
    close,
    labels,
    get view() {
      return view;
    },
    /** Shows a conversation in the window (the current one stays if it is the same). */
    show(conversation: Conversation) {
      if (view?.conversation === conversation) return view;
      view = createConversationView(env, conversation);
      body.replaceChildren(view.el);
      launcher.hidden = false;
      return view;
    },
    /** New bot messages while the window is closed: unread count, and the poke when allowed. */
    arrived(text: string | null, allowPoke: boolean, count: number) {
      if (isOpen()) return;
      unread += count;
      if (text && allowPoke) {
        pokeText.textContent = text.length > 160 ? `${text.slice(0, 157)}…` : text;
        poke.hidden = false;
      }
      labels();
    },
    remove() {
      win.remove();
      poke.remove();
      badge.remove();
      closeIcon.remove();
    },
  };
}

export type ChatWindow = ReturnType<typeof createChatWindow>;
