import type { Conversation } from "../session";
import { createConversationView } from "./createConversationView";
import { h } from "./h";
import { header } from "./header";
import { trapFocus } from "./trapFocus";
import type { ViewEnv } from "./viewEnv";

/** Popup delivery: the conversation in a centred modal dialog over the page (full screen on phones). */
export function createPopup(env: ViewEnv, root: ShadowRoot, conversation: Conversation, onClose: () => void) {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const view = createConversationView(env, conversation);
  const close = () => {
    overlay.remove();
    if (returnTo?.isConnected) returnTo.focus();
    onClose();
  };
  const top = header(env.branding, "pp", close);
  const dialog = h(
    "section",
    { class: "win popup", role: "dialog", "aria-modal": "true", "aria-labelledby": "pp" },
    top.el,
    h("div", { class: "body" }, view.el),
  );
  const overlay = h("div", { class: "ov" }, dialog);
  overlay.addEventListener("mousedown", (event) => event.target === overlay && close());
  trapFocus(dialog, close);
  const labels = () => {
    top.closeButton.setAttribute("aria-label", env.tr().messages.closeChat);
    dialog.setAttribute("aria-label", env.tr().t("chatWith", { name: env.branding.botName }));
  };
  labels();
  root.append(overlay);
  view.focus();
  return {
    view,
    close,
    labels,
    remove: () => overlay.remove(),
  };
}

export type Popup = ReturnType<typeof createPopup>;
