import crypto from "node:crypto";

/** A visitor token is `<visitorId>.<siteId>.<hmac>`: the server can trust it without a lookup. */
export function signVisitorToken(secret: string, visitorId: string, siteId: string): string {
  return `${visitorId}.${siteId}.${mac(secret, visitorId, siteId)}`;
}

export function verifyVisitorToken(
  secret: string,
  token: string,
): { visitorId: string; siteId: string } | null {
  const [visitorId, siteId, given, extra] = token.split(".");
  if (!visitorId || !siteId || !given || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, visitorId, siteId));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) return null;
  return { visitorId, siteId };
}

function mac(secret: string, visitorId: string, siteId: string): string {
  return crypto.createHmac("sha256", secret).update(`visitor:${visitorId}:${siteId}`).digest("base64url");
}
