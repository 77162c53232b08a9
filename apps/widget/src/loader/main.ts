import type { WidgetBootstrap } from "@parley/protocol/widgetBootstrap";
import type { AppHandle, MountApp, WidgetContext } from "../shared/contract";
import type { ParleyApi } from "../parley";
import { createEvents } from "./createEvents";
import { createStore, localStorageOrNull } from "./createStore";
import { openChatLabel } from "./launcherLabels";
import { mountHost } from "./mountHost";
import { watchFlowLinks } from "./watchFlowLinks";
import { watchTriggers } from "./watchTriggers";

/**
 * The loader (`widget.js`, ≤ 3 KB gzip): asks the server what this page gets, shows the launcher,
 * watches the triggers and flow links, defines `window.Parley`, and loads the app chunk only when
 * something is to be shown. It never throws into the page: every failure ends here, quietly.
 */
const warn = (error: unknown) => console.warn("[parley]", error);

async function run(script: HTMLScriptElement, siteKey: string): Promise<void> {
  const base = new URL(script.src).origin;
  const storage = localStorageOrNull();
  const store = createStore(siteKey, (storage || {}) as Record<string, string>);
  // Without localStorage, the visitor token is kept in a first-party cookie.
  const cookie = `parley_${siteKey.replace(/\W/g, "")}`;
  const token = store.get<string>("t") || (document.cookie.match(`(?:^|; )${cookie}=([^;]*)`) || [])[1];
  const query = new URLSearchParams({
    site: siteKey,
    url: location.href.slice(0, 2000),
    referrer: document.referrer.slice(0, 2000),
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
    lang: navigator.language,
  });
  if (token) query.set("visitor", token);
  // Not allowed on this domain (refused, or unreadable cross-origin), unknown site, server down: do nothing at all.
  const response = await fetch(`${base}/api/widget/bootstrap?${query}`, { credentials: "omit" }).catch(
    () => 0 as const,
  );
  if (!response || !response.ok) return;
  const boot = (await response.json()) as WidgetBootstrap;
  const visitor = boot.visitor.token;
  store.set("t", visitor);
  if (!storage) document.cookie = `${cookie}=${visitor};path=/;max-age=31536000`;
  if (!boot.enabled) return;
  if (!document.body) await new Promise((resolve) => addEventListener("DOMContentLoaded", resolve));

  // In the order of pickLanguage (app/): the visitor's choice, the site's language, the browser's.
  const label = () => openChatLabel([store.get("lang"), boot.site.language, ...navigator.languages]);
  const { host, launcher } = mountHost(boot.site.branding, label());
  const events = createEvents();
  const ctx: WidgetContext = {
    base,
    siteKey,
    boot,
    store,
    host,
    emit: events.emit,
    // A beacon is a simple CORS request (text/plain JSON, no preflight) that survives navigation.
    identify: (body) =>
      navigator.sendBeacon(
        `${base}/api/widget/identify`,
        JSON.stringify({ site: siteKey, visitor, ...body }),
      ),
  };

  let loading: Promise<AppHandle> | undefined;
  const app = (then: (handle: AppHandle) => void) => {
    loading =
      loading || import(`${base}/widget/${__PARLEY_APP__}`).then((m: { mount: MountApp }) => m.mount(ctx));
    loading.then(then).catch((error) => {
      loading = undefined;
      warn(error);
    });
  };
  const ifLoaded = (then: (handle: AppHandle) => void) => loading && app(then);
  const flowById = (id: unknown) => boot.flows.find((f) => f.id === id);

  const api: ParleyApi = {
    on: events.on,
    off: events.off,
    open: () => app((a) => a.open()),
    close: () => ifLoaded((a) => a.close()),
    toggle: () => app((a) => a.toggle()),
    // The signature (verified identity) travels beside the person, not as one of their fields.
    // Object(): a page's identify(null) must not throw.
    identify(person) {
      const { signature, ...fields } = Object(person) as typeof person;
      ctx.identify({ person: fields, signature });
    },
    setAttributes: (attributes) => ctx.identify({ attributes }),
    startFlow(id, options) {
      const flow = flowById(id);
      if (flow) app((a) => a.startFlow(flow, options || {}));
      else warn(id);
    },
    setLanguage(code) {
      store.set("lang", code);
      launcher.setAttribute("aria-label", label());
      ifLoaded((a) => a.setLanguage(code));
    },
    shutdown() {
      stopTriggers();
      stopLinks();
      ifLoaded((a) => a.shutdown());
      host.remove();
      store.clear();
      document.cookie = `${cookie}=;path=/;max-age=0`;
      delete window.Parley;
    },
  };

  // What this browser has going on: the chat window's conversation (see app/conversationStore.ts).
  const current = store.get<{ status: string; ref: { id: string } }>(`c:${store.get("cur")}`);
  const active = current && !/completed|dropped/.test(current.status);
  const dialogue = boot.dialogue;
  launcher.hidden = !dialogue && !current;
  launcher.addEventListener("click", api.toggle);
  const stopTriggers = watchTriggers(
    store,
    active && dialogue && current.ref.id === dialogue.id ? null : dialogue,
    () => app((a) => a.startDialogue()),
  );
  const stopLinks = watchFlowLinks(boot.flows, (flow, request) => app((a) => a.startFlow(flow, request)));
  const inline = [...document.querySelectorAll("[data-parley-inline]")].some((el) =>
    flowById(el.getAttribute("data-parley-inline")),
  );
  if (active || inline || store.get("open")) app((a) => a.restore());
  // A flow set to start on page load, unless a conversation is going on in the chat window.
  const onLoad = !active && boot.flows.find((f) => f.startOnLoad);
  if (onLoad) app((a) => a.startFlow(onLoad, {}));

  window.Parley = api;
  dispatchEvent(new CustomEvent("parley:ready", { detail: api }));
}

try {
  const script = (document.currentScript || document.querySelector("script[data-site]")) as HTMLScriptElement;
  const siteKey = script && script.dataset.site;
  if (siteKey && !window.Parley) run(script, siteKey).catch(warn);
} catch (error) {
  warn(error);
}
