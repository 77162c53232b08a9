import http from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext, Locator, Page } from "playwright-core";
// The widget's shipped API types: `window.Parley` in page.evaluate callbacks.
import type {} from "../../apps/widget/src/parley";

/** A page of a customer's site embedding the widget from the Parley server at `parleyUrl` (the install snippet). */
export function testPageHtml(parleyUrl: string, siteKey: string, body = "", head = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test page</title>${head}</head>
<body><main><h1>A customer's page</h1><p>Some content.</p>${body}</main>
<script src="${parleyUrl}/widget.js" data-site="${siteKey}" async></script></body></html>`;
}

export interface PageServer {
  /** http://127.0.0.1:<port>: another origin than Parley's, as a customer's site is. */
  url: string;
  /** Serves `html()` at `path` from now on. */
  page(path: string, html: () => string): void;
  /** Serves a file (an image, say) at `path`, optionally after `delayMs`, as a slow network would. */
  asset(path: string, type: string, body: string | Buffer, delayMs?: number): void;
  close(): Promise<void>;
}

/**
 * The "customer's website": a plain HTTP server on its own port. Sites in the tests allow
 * 127.0.0.1, so the widget runs cross-origin, as it does on real sites.
 */
export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, () => string>();
  const assets = new Map<string, { type: string; body: string | Buffer; delayMs: number }>();
  const server = http.createServer((request, response) => {
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    const asset = assets.get(pathname);
    if (asset) {
      setTimeout(() => {
        if (response.destroyed) return;
        response.writeHead(200, { "content-type": asset.type, "cache-control": "no-store" });
        response.end(asset.body);
      }, asset.delayMs);
      return;
    }
    const html = pages.get(pathname);
    response.writeHead(html ? 200 : 404, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
    });
    response.end(html ? html() : "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    page: (path, html) => void pages.set(path, html),
    asset: (path, type, body, delayMs = 0) => void assets.set(path, { type, body, delayMs }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The widget's shadow root (Playwright locators pierce open shadow roots). */
export const widget = (page: Page): Locator => page.locator("parley-widget");

export const launcher = (page: Page): Locator => widget(page).locator("button.l");

export const chatWindow = (page: Page): Locator => widget(page).getByRole("dialog");

/** The transcript's rows of bot and visitor messages, as text. */
export async function transcript(scope: Locator): Promise<string[]> {
  return (await scope.locator(".log .row").allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
}

/** Records the widget's API events in the page (window.__events) from the start. */
export async function recordEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const names = [
      "conversation.triggered",
      "conversation.engaged",
      "conversation.completed",
      "conversation.closed",
      "email.given",
      "phone.given",
      "livechat.requested",
      "livechat.timedout",
      "goal.reached",
      "meeting.booked",
    ];
    const events: { name: string; payload: unknown }[] = [];
    (window as unknown as { __events: typeof events }).__events = events;
    addEventListener("parley:ready", (event) => {
      const api = (event as CustomEvent).detail as {
        on(name: string, handler: (payload: unknown) => void): void;
      };
      for (const name of names) api.on(name, (payload) => events.push({ name, payload }));
    });
  });
}

export async function recordedEvents(
  page: Page,
): Promise<{ name: string; payload: Record<string, unknown> }[]> {
  return page.evaluate(
    () => (window as unknown as { __events: { name: string; payload: Record<string, unknown> }[] }).__events,
  );
}
