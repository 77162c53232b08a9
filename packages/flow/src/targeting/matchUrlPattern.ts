import { parseWebUrl, type WebSearchParams } from "./parseWebUrl";

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
const glob = (s: string) => escapeRegExp(s).replaceAll("*", ".*");

/**
 * Whether a page URL matches a targeting pattern.
 *
 * - `/pricing*` — path only, any host of the site.
 * - `example.com` — every page of that host; `example.com/blog/*` — pages under /blog.
 * - `*.example.com/*` — any subdomain (and the apex).
 * - `https://…` — the scheme must match too.
 * - `…?utm_source=linkedin&ref` — query conditions: each named parameter must be present (with that
 *   value, `*` allowed), in any order, whatever else the query holds.
 *
 * A trailing slash never matters; host names are compared case-insensitively.
 */
export function matchUrlPattern(pattern: string, pageUrl: string): boolean {
  const url = parseWebUrl(pageUrl);
  if (!url) return false;
  const trimmed = pattern.trim();
  if (!trimmed) return false;
  const queryAt = trimmed.indexOf("?");
  let base = queryAt >= 0 ? trimmed.slice(0, queryAt) : trimmed;
  const query = queryAt >= 0 ? trimmed.slice(queryAt + 1) : "";

  const scheme = /^(https?):\/\//i.exec(base);
  if (scheme) {
    if (url.protocol !== `${scheme[1]?.toLowerCase()}:`) return false;
    base = base.slice(scheme[0].length);
  }

  let hostPattern = "";
  let pathPattern = base;
  if (!base.startsWith("/")) {
    const slash = base.indexOf("/");
    hostPattern = slash >= 0 ? base.slice(0, slash) : base;
    pathPattern = slash >= 0 ? base.slice(slash) : "/*";
  }
  if (hostPattern && !matchHost(hostPattern.toLowerCase(), url.host.toLowerCase())) return false;
  if (!matchPath(pathPattern, url.pathname)) return false;
  return matchQuery(query, url.searchParams);
}

function matchHost(pattern: string, host: string): boolean {
  const hostNoPort = host.replace(/:\d+$/, "");
  const subject = /:\d+$/.test(pattern) ? host : hostNoPort;
  const source = pattern.startsWith("*.") ? `(?:.*\\.)?${glob(pattern.slice(2))}` : glob(pattern);
  return new RegExp(`^${source}$`).test(subject);
}

function matchPath(pattern: string, path: string): boolean {
  const strip = (p: string) => (p.length > 1 ? p.replace(/\/+$/, "") : p);
  return new RegExp(`^${glob(strip(safeDecode(pattern)))}/?$`).test(strip(safeDecode(path)));
}

function matchQuery(query: string, params: WebSearchParams): boolean {
  if (!query) return true;
  return query
    .split("&")
    .filter(Boolean)
    .every((part) => {
      const eq = part.indexOf("=");
      const key = safeDecode(eq >= 0 ? part.slice(0, eq) : part);
      if (eq < 0) return params.has(key);
      const wanted = new RegExp(`^${glob(safeDecode(part.slice(eq + 1)))}$`, "i");
      return params.getAll(key).some((v) => wanted.test(v));
    });
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
