import crypto from "node:crypto";

/** The email as signed: trimmed and lower-cased, so `Ada@Example.com ` and `ada@example.com` match. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Verified identity: the hex HMAC-SHA256 of the normalised email under the site's identity secret,
 * computed by the site's own backend and passed to `Parley.identify({ email, signature })`.
 */
export function signIdentity(secret: string, email: string): string {
  return crypto.createHmac("sha256", secret).update(normalizeEmail(email)).digest("hex");
}

/** Whether `signature` proves `email` for a site with this secret (constant-time; no secret: never). */
export function identitySignatureMatches(secret: string | null, email: string, signature: string): boolean {
  if (!secret) return false;
  const expected = Buffer.from(signIdentity(secret, email), "hex");
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
