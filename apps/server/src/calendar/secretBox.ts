import crypto from "node:crypto";

const VERSION = "v1";
const INFO = "parley:calendar-secret";

/**
 * A 256-bit key for stored secrets (calendar passwords, webhook signing secrets), derived
 * (HKDF-SHA256) from the instance secret. The info string predates the webhooks and stays: it
 * is part of every sealed value already stored.
 */
function boxKey(secretKey: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secretKey, Buffer.alloc(0), INFO, 32));
}

/**
 * Seals a secret (a CalDAV password, a webhook signing secret) for the store with AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>`,
 * base64url parts. A fresh IV each time, so the same password never stores the same text twice.
 * The row it belongs to (`boundTo`) is bound as associated data: a sealed value copied to another row does not open.
 */
export function sealSecret(secretKey: string, plaintext: string, boundTo: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", boxKey(secretKey), iv);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/**
 * Opens what sealSecret stored; throws when the text was altered, bound to another row or sealed
 * with another key. `what` names the secret in the error (a calendar password, a webhook secret).
 */
export function openSecret(
  secretKey: string,
  stored: string,
  boundTo: string,
  what = "stored secret",
): string {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== VERSION || !iv || !tag || sealed === undefined)
    throw new Error(`the ${what} is not sealed text (expected v1.<iv>.<tag>.<ciphertext>)`);
  const decipher = crypto.createDecipheriv("aes-256-gcm", boxKey(secretKey), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(boundTo, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch (error) {
    throw new Error(
      `the ${what} does not open: it was altered, copied from another row or sealed with another SECRET_KEY`,
      { cause: error },
    );
  }
}
