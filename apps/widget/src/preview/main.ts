import type { WidgetPreviewMessage, WidgetPreviewSeed } from "@parley/protocol/widgetPreview";
import type { ParleyApi } from "../parley";
import { installStandIns } from "./installStandIns";
import { previewBoot } from "./previewBoot";

/**
 * The widget preview page's script (apps/server/src/api/widget/widgetPreviewPage.ts serves the
 * page). It runs the real loader and app chunk of this server's widget build on a made-up page, with
 * the branding the web app posts while the marketer edits it, and re-mounts the widget on each
 * change. Its own bundle: nothing of it is in what a visitor downloads.
 */
const seedElement = document.getElementById("parley-preview");
// Written by the server from the saved site; like the widget itself, the page parses no schemas.
const seed = JSON.parse(seedElement?.textContent ?? "null") as WidgetPreviewSeed;
// The page is sandboxed (an opaque origin), but its address still says which server it came from:
// the web app on that same origin is the only sender it listens to.
const appOrigin = new URL(location.href).origin;

let draft: WidgetPreviewMessage = {
  type: "parley:preview",
  branding: seed.branding,
  language: seed.language,
  privacyUrl: seed.privacyUrl,
  mode: "open",
};

installStandIns(() => previewBoot(seed, draft));

const css = new CSSStyleSheet();
css.replaceSync(
  "html,body{margin:0;height:100%}body{font:15px/1.5 system-ui,sans-serif;color:#57606a;" +
    "background:#f6f8fa linear-gradient(#fff,#fff) no-repeat 24px 24px/calc(100% - 48px) 72px}",
);
document.adoptedStyleSheets = [css];

/** A loader is running and has not said `parley:ready` yet: a change waits for it (`again`). */
let loading = false;
let again = false;

addEventListener("parley:ready", (event) => {
  loading = false;
  if (again) return remount();
  const api = (event as CustomEvent<ParleyApi>).detail;
  if (draft.mode === "open") api.open();
});

/** Removes the widget (the loader's own shutdown) and starts the loader again with `draft`. */
function remount(): void {
  again = loading;
  if (loading) return;
  loading = true;
  window.Parley?.shutdown();
  for (const old of document.querySelectorAll("script[data-site], parley-widget")) old.remove();
  const loader = document.createElement("script");
  loader.src = new URL("/widget.js", location.href).href;
  loader.dataset.site = seed.siteKey;
  document.body.append(loader);
}

addEventListener("message", (event) => {
  if (event.origin !== appOrigin || event.source !== parent) return;
  // Only our own web app gets here (the checks above); its drafts are whole, valid brandings.
  const data = event.data as Partial<WidgetPreviewMessage> | null;
  if (data?.type !== "parley:preview" || typeof data.branding !== "object") return;
  draft = data as WidgetPreviewMessage;
  remount();
});

remount();
parent.postMessage({ type: "parley:preview-ready" }, appOrigin);
