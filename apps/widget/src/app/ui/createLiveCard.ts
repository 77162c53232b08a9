import type { AgentRef } from "@parley/protocol/liveChat";
import type { Conversation } from "../session";
import { h } from "./h";
import { linkHref } from "@parley/flow/render/linkHref";
import type { ViewEnv } from "./viewEnv";

/** An agent's avatar: their image (a path on the Parley server, or an http(s) address) or initials. */
export function agentAvatar(env: ViewEnv, agent: AgentRef): HTMLElement {
  const url = agent.avatarUrl ?? "";
  const src = /^\/[^/\\]/.test(url) ? env.ctx.base + url : linkHref(url);
  const initials = agent.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join("");
  const el = h("span", { class: "av", "aria-hidden": "true" });
  el.append(src ? h("img", { src, alt: "", onerror: () => el.replaceChildren(initials) }) : initials);
  return el;
}

/**
 * Where the visitor's live chat stands, above the composer: connecting, the queue position and
 * estimated wait, the agent (name, avatar), or that it ended and writing again starts a new one;
 * with "End chat" and its confirm step while it runs.
 */
export function createLiveCard(env: ViewEnv, conversation: Conversation) {
  const el = h("div", { class: "lcc", role: "status", hidden: true });
  let confirming = false;
  let shown = "";

  const button = (text: string, onclick: () => void, extra = "") =>
    h("button", { class: `qr ${extra}`, type: "button", onclick }, text);

  const update = (visible: boolean) => {
    const tr = env.tr();
    const m = tr.messages;
    const lc = conversation.record.lc;
    el.hidden = !visible || !lc;
    if (el.hidden || !lc) return;
    // Unchanged, it is not redrawn (a live region re-announces what it redraws).
    const key = JSON.stringify([lc.status, lc.agent, lc.position, lc.wait, confirming, tr.language]);
    if (key === shown) return;
    shown = key;
    const dots = h("span", { class: "dots", "aria-hidden": "true" }, h("i"), h("i"), h("i"));
    const what: (Node | string)[] = [];
    if (lc.status === "assigned" && lc.agent)
      what.push(agentAvatar(env, lc.agent), tr.t("chatWithAgent", { name: lc.agent.name }));
    else if (lc.status === "queued")
      what.push(
        dots,
        h(
          "span",
          null,
          lc.position ? tr.t("queuePosition", { n: lc.position }) : m.chatWaiting,
          lc.wait ? h("small", null, tr.t("queueWait", { n: Math.max(1, Math.round(lc.wait / 60)) })) : null,
        ),
      );
    else if (lc.status === "ended") what.push(m.chatEnded);
    else what.push(dots, m.connecting);
    const running = lc.status !== "ended";
    const end = () => {
      confirming = false;
      env.session.endChat(conversation);
      update(true);
    };
    const toggle = (on: boolean) => () => {
      confirming = on;
      update(true);
      (el.querySelector(".qr") as HTMLElement | null)?.focus();
    };
    el.replaceChildren(h("div", { class: "lcw" }, ...what));
    if (running && !confirming) el.append(button(m.endChat, toggle(true)));
    if (running && confirming)
      el.append(
        h(
          "div",
          { class: "lcq" },
          h("span", null, m.endChatConfirm),
          button(m.endChatYes, end, "yes"),
          button(m.cancel, toggle(false)),
        ),
      );
  };
  return { el, update };
}
