// The WHATWG URL parser exists in every runtime this package targets (browsers, Node), but the
// package compiles without DOM or Node typings, so declare the little of it that is used.
declare const URL: new (input: string) => { protocol: string; hostname: string; href: string };

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The href a link may carry, or null. Only http, https and mailto survive: `javascript:`,
 * `data:`, `vbscript:`, relative and malformed URLs are refused.
 */
export function safeHref(raw: string): string | null {
  const trimmed = raw.trim();
  // Control characters and whitespace inside a URL are a classic way to smuggle a scheme.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (trimmed === "" || /[\s\u0000-\u001f\u007f]/.test(trimmed)) return null;
  let url: { protocol: string; hostname: string; href: string };
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== "mailto:" && url.hostname === "") return null;
  return url.href;
}

/** An absolute http(s) URL: images, content offers, privacy policies. */
export function isWebUrl(raw: string): boolean {
  const href = safeHref(raw);
  return href?.startsWith("http:") === true || href?.startsWith("https:") === true;
}

/** An absolute https URL: what a webhook card may call. */
export function isHttpsUrl(raw: string): boolean {
  return safeHref(raw)?.startsWith("https:") === true;
}
