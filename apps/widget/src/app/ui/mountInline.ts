import { adoptCss } from "../../shared/adoptCss";
import type { Conversation } from "../session";
import { createConversationView } from "./createConversationView";
import { h } from "./h";
import type { ViewEnv } from "./viewEnv";

/**
 * Inline delivery: the conversation inside a page element (`<div data-parley-inline="ID">`), in its
 * own shadow root so that page and widget styles stay apart. The element's own content stays.
 */
export function mountInline(env: ViewEnv, container: Element, conversation: Conversation, css: string) {
  container.querySelector(":scope > parley-inline")?.remove();
  const host = document.createElement("parley-inline");
  const root = host.attachShadow({ mode: "open" });
  adoptCss(root, css);
  const view = createConversationView(env, conversation);
  const section = h("section", { class: "inl" }, view.el);
  const labels = () =>
    section.setAttribute("aria-label", env.tr().t("chatWith", { name: env.branding.botName }));
  labels();
  root.append(section);
  container.append(host);
  return { view, labels, remove: () => host.remove() };
}

export type Inline = ReturnType<typeof mountInline>;
