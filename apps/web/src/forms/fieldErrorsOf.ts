import { isApiError } from "../api/ApiError";
import { plainFieldMessage } from "./plainFieldMessage";

/** Field name → message. Keys are body paths joined with dots: "email", "allowedDomains.0". */
export type FieldErrors = Record<string, string>;

interface ValidationDetail {
  path?: unknown;
  message?: unknown;
}

/**
 * The server's field-level validation messages (`details: [{ path: "/email", message }]`), keyed by
 * field, in plain words (plainFieldMessage): "Must be a valid email address".
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!isApiError(error) || error.code !== "validation_failed" || !Array.isArray(error.details)) return {};
  const errors: FieldErrors = {};
  for (const detail of error.details as ValidationDetail[]) {
    if (typeof detail?.path !== "string" || typeof detail.message !== "string") continue;
    const key = detail.path.replace(/^\//, "").replaceAll("/", ".");
    if (key && !(key in errors)) errors[key] = plainFieldMessage(detail.message);
  }
  return errors;
}

/** The first message for a field or any of its items ("allowedDomains" also matches "allowedDomains.2"). */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const prefix = `${field}.`;
  const key = Object.keys(errors).find((k) => k.startsWith(prefix));
  return key ? errors[key] : undefined;
}
