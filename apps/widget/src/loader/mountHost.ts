import type { Branding } from "@parley/protocol/sites";
import { launcherInk } from "@parley/protocol/colorContrast";
import { adoptCss } from "../shared/adoptCss";
import { CHAT_ICON, icon } from "../shared/icon";

/**
 * The widget's element at the end of <body>, its (open) shadow root and the launcher button (hidden
 * until needed). The host resets everything the page could set on it: `!important` inside the shadow
 * tree wins over the page's `!important` rules (CSS cascade: shadow-including tree order).
 */
export function mountHost(b: Branding, label: string) {
  const host = document.createElement("parley-widget");
  const root = host.attachShadow({ mode: "open" });
  adoptCss(
    root,
    ":host{all:initial!important;position:fixed!important;z-index:2147483000!important}" +
      `.l{position:fixed;bottom:${b.offsetY}px;${b.position === "bottom-left" ? "left" : "right"}:${b.offsetX}px;` +
      `width:56px;height:56px;border:0;border-radius:50%;background:${b.launcherColor};color:${launcherInk(b.launcherColor)};cursor:pointer;box-shadow:0 4px 16px #0004}` +
      ".l svg{display:block;width:28px;margin:auto;fill:currentColor}",
  );
  const launcher = document.createElement("button");
  launcher.className = "l";
  launcher.setAttribute("aria-label", label);
  launcher.append(icon(CHAT_ICON));
  root.append(launcher);
  document.body.append(host);
  return { host, launcher };
}
