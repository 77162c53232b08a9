import type { CaptureCard } from "../cards/capture";

/** Why an answer was refused; the widget shows a translated message for each. */
export type InvalidAnswerCode =
  | "required"
  | "too_long"
  | "invalid_choice"
  | "invalid_email"
  | "invalid_phone"
  | "invalid_number"
  | "number_too_small"
  | "number_too_large"
  | "invalid_option";

export type CaptureCheck = { ok: true; value: string | number } | { ok: false; code: InvalidAnswerCode };

export const DEFAULT_TEXT_MAX_LENGTH = 1000;

const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const EMAIL = new RegExp(
  `^[A-Za-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_\`{|}~-]+)*@(?:${LABEL}\\.)+${LABEL}$`,
);
const PHONE = /^\+?[(0-9][0-9 ().-]{3,28}[0-9]$/;
const NUMBER = /^-?\d{1,15}(?:[.,]\d{1,10})?$/;

export function isValidEmail(value: string): boolean {
  const at = value.lastIndexOf("@");
  return (
    value.length <= 254 &&
    at > 0 &&
    at <= 64 &&
    EMAIL.test(value) &&
    /[A-Za-z]/.test(value.slice(value.lastIndexOf(".") + 1))
  );
}

export function isValidPhone(value: string): boolean {
  const digits = value.replace(/\D/g, "").length;
  return PHONE.test(value) && digits >= 5 && digits <= 15;
}

/**
 * Checks and normalises a captured value: emails lower-cased, numbers parsed (a decimal comma
 * is accepted), picklist answers matched case-insensitively to their option.
 */
export function validateCapture(card: CaptureCard, raw: string): CaptureCheck {
  const value = raw.trim().replace(/\s+/g, " ");
  if (value === "") return { ok: false, code: "required" };
  switch (card.kind) {
    case "email": {
      const email = value.toLowerCase();
      return isValidEmail(email) ? { ok: true, value: email } : { ok: false, code: "invalid_email" };
    }
    case "phone":
      return isValidPhone(value) ? { ok: true, value } : { ok: false, code: "invalid_phone" };
    case "number": {
      if (!NUMBER.test(value)) return { ok: false, code: "invalid_number" };
      const number = Number(value.replace(",", "."));
      const { min, max } = card.validation ?? {};
      if (min !== undefined && number < min) return { ok: false, code: "number_too_small" };
      if (max !== undefined && number > max) return { ok: false, code: "number_too_large" };
      return { ok: true, value: number };
    }
    case "picklist": {
      const option = (card.options ?? []).find((o) => o.trim().toLowerCase() === value.toLowerCase());
      return option !== undefined ? { ok: true, value: option } : { ok: false, code: "invalid_option" };
    }
    case "text": {
      const maxLength = card.validation?.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      return value.length > maxLength ? { ok: false, code: "too_long" } : { ok: true, value };
    }
  }
}
