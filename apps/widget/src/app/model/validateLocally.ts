import type { InvalidCode } from "../i18n/messages";
import type { CaptureKind } from "./types";

// The same rules as the server's (packages/flow/src/runner/validateCapture.ts), checked before
// sending so the visitor gets the error at once; the server still decides.
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const EMAIL = new RegExp(
  `^[A-Za-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_\`{|}~-]+)*@(?:${LABEL}\\.)+${LABEL}$`,
);
const PHONE = /^\+?[(0-9][0-9 ().-]{3,28}[0-9]$/;
const NUMBER = /^-?\d{1,15}(?:[.,]\d{1,10})?$/;

/** Why a typed answer would be refused, or null. `kind` undefined: free text (question, answer library). */
export function validateLocally(kind: CaptureKind | undefined, raw: string): InvalidCode | null {
  const value = raw.trim().replace(/\s+/g, " ");
  if (!value) return "required";
  if (value.length > 1000 && kind !== "number") return "too_long";
  if (kind === "email") {
    const tld = value.slice(value.lastIndexOf(".") + 1);
    return value.length <= 254 && EMAIL.test(value) && /[A-Za-z]/.test(tld) ? null : "invalid_email";
  }
  if (kind === "phone") {
    const digits = value.replace(/\D/g, "").length;
    return PHONE.test(value) && digits >= 5 && digits <= 15 ? null : "invalid_phone";
  }
  if (kind === "number") return NUMBER.test(value) ? null : "invalid_number";
  return null;
}
