/**
 * Whether a page origin (`https://shop.example.com`) belongs to one of a site's allowed domains.
 * `example.com` allows itself and `www.example.com`; `*.example.com` allows any subdomain and the apex.
 * A pattern with a port (`localhost:3000`) must match the port too. No allowed domains: nothing is allowed.
 */
export function isOriginAllowed(allowedDomains: readonly string[], origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return false;
  const host = url.hostname.toLowerCase();
  const hostWithPort = url.port ? `${host}:${url.port}` : host;
  return allowedDomains.some((raw) => {
    const pattern = raw.toLowerCase();
    const hasPort = /:\d+$/.test(pattern);
    const subject = hasPort ? hostWithPort : host;
    if (pattern.startsWith("*.")) {
      const apex = pattern.slice(2);
      return subject === apex || subject.endsWith(`.${apex}`);
    }
    return subject === pattern || subject === `www.${pattern}`;
  });
}
