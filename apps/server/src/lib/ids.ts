import crypto from "node:crypto";

export const newId = (): string => crypto.randomUUID();

/** A URL-safe random token with `bytes` bytes of entropy. */
export const randomToken = (bytes = 32): string => crypto.randomBytes(bytes).toString("base64url");

export const sha256 = (value: string): string => crypto.createHash("sha256").update(value).digest("hex");
