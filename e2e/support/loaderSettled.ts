import type { BrowserContext, Page } from "playwright-core";

/**
 * Proves that something did not happen without waiting some time for it: a request the page sends
 * now, after the loader decided, goes out after any request the loader started then (the app chunk),
 * so once it is seen, `requests` (recorded with page.on("request"), in order) holds them all.
 */
export async function afterSentinelRequest(page: Page): Promise<void> {
  const path = `/__sentinel-${crypto.randomUUID()}`;
  const seen = page.waitForRequest((r) => new URL(r.url()).pathname === path);
  await page.evaluate((p) => fetch(p).then((r) => r.status), path);
  await seen;
}

/**
 * The loader defines window.Parley last, once it has decided what this page gets (launcher,
 * triggers, the app chunk): waits for that, then for a sentinel request (see afterSentinelRequest).
 */
export async function loaderSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !!window.Parley);
  await afterSentinelRequest(page);
}

/**
 * For pages where the loader stops early (a refused or failed bootstrap): marks, from before the
 * page's scripts run, the moment the loader's bootstrap request has settled, its body was read and
 * the loader's reaction has run (a task later). Only observes: the real fetch answers the loader unchanged.
 */
export async function watchBootstrap(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const state = window as unknown as { __bootstrapSettled?: boolean };
    const realFetch = window.fetch;
    window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const answer = realFetch.call(this, input, init);
      if (String(input instanceof Request ? input.url : input).includes("/api/widget/bootstrap")) {
        // Registered before the loader awaits it, so the loader's reaction runs first; the body is
        // read too (a copy), in case the loader went on to read it.
        const settled = () => setTimeout(() => (state.__bootstrapSettled = true));
        answer.then((response) => response.clone().text().then(settled, settled), settled);
      }
      return answer;
    };
  });
}

/** Resolves once the loader's bootstrap request settled and the loader reacted (needs watchBootstrap). */
export async function bootstrapSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __bootstrapSettled?: boolean }).__bootstrapSettled,
  );
}
