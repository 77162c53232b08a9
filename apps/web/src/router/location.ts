import { useSyncExternalStore } from "react";

/** Where the app is mounted; must match `base` in vite.config.ts and the server's /app/ route. */
export const APP_BASE = "/app";

const CHANGE_EVENT = "parley:navigate";

export interface AppLocation {
  /** Path inside the app, always starting with "/": "/settings/users" for /app/settings/users. */
  path: string;
  search: URLSearchParams;
}

/** The full URL path for a path inside the app. */
export function appHref(path: string): string {
  return `${APP_BASE}${path === "/" ? "/" : path}`;
}

/** Goes to a path inside the app without reloading the page. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const href = appHref(path);
  if (href === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, "", href);
  else window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(CHANGE_EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current location, re-rendering on every navigation (links, back/forward). */
export function useLocation(): AppLocation {
  const current = useSyncExternalStore(subscribe, snapshot);
  return parseLocation(current);
}

function parseLocation(current: string): AppLocation {
  const url = new URL(current, window.location.origin);
  let path = url.pathname.startsWith(APP_BASE) ? url.pathname.slice(APP_BASE.length) : url.pathname;
  if (!path.startsWith("/")) path = `/${path}`;
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  return { path, search: url.searchParams };
}

/** The current path inside the app plus its query string, to come back to after signing in. */
export function currentAppPath(): string {
  const { path } = parseLocation(snapshot());
  return path + window.location.search;
}
