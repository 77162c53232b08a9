import type { Branding } from "@parley/protocol/sites";
import { icon } from "../../shared/icon";
import { linkHref } from "@parley/flow/render/linkHref";
import { h } from "./h";
import { CLOSE } from "./icons";

/** The bot's avatar: its image, or its initial on the header colour (also when the image fails to load). */
export function avatar(branding: Branding): HTMLElement {
  const src = linkHref(branding.botAvatarUrl);
  const initial = (branding.botName.trim()[0] ?? "P").toUpperCase();
  const el = h("span", { class: "av", "aria-hidden": "true" });
  el.append(src ? h("img", { src, alt: "", onerror: () => el.replaceChildren(initial) }) : initial);
  return el;
}

/** Header of the chat window and the popup: avatar, bot name, header text, close button. */
export function header(branding: Branding, titleId: string, close: () => void) {
  const closeButton = h("button", { class: "x", type: "button", onclick: close }, icon(CLOSE));
  const el = h(
    "header",
    { class: "hd" },
    avatar(branding),
    h("div", { class: "who" }, h("h2", { id: titleId }, branding.botName), h("p", null, branding.headerText)),
    closeButton,
  );
  return { el, closeButton };
}
