import type { WidgetBootstrap } from "@parley/protocol/widgetBootstrap";
import { previewSocketClass } from "./previewSocket";

/** A Storage kept in memory (the sandboxed preview page has no storage of its own). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
  };
}

const define = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { configurable: true, value });

/**
 * Replaces, before the real loader runs, what the widget would use to reach the server or keep
 * state: `fetch` answers the bootstrap request with `boot()` (and refuses anything else),
 * `WebSocket` is the sample conversation, beacons go nowhere, storage and cookies live in memory,
 * and focus stays where the marketer is typing.
 * The page's CSP (connect-src 'none') makes sure nothing else could leave it either.
 */
export function installStandIns(boot: () => WidgetBootstrap): void {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  define(window, "fetch", async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname === "/api/widget/bootstrap") return json(200, boot());
    return json(404, { error: { code: "not_found", message: "Not available in the preview" } });
  });
  define(
    window,
    "WebSocket",
    previewSocketClass(() => boot().site.branding.responseDelaySeconds),
  );
  define(navigator, "sendBeacon", () => true);
  define(window, "localStorage", memoryStorage());
  define(window, "sessionStorage", memoryStorage());
  // The widget moves focus into the chat window when it opens; in the preview that would take the
  // marketer's caret out of the field they are typing in. Focus moves only once they are in the frame.
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
    if (document.hasFocus()) focus.call(this, options);
  };
  let cookies = "";
  Object.defineProperty(document, "cookie", {
    configurable: true,
    get: () => cookies,
    set: (value: string) => void (cookies = value.split(";")[0] ?? ""),
  });
}
