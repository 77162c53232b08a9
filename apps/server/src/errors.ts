import type { ErrorCode } from "@parley/protocol/errors";

/** The one error class of the domain: a stable code, a human message, optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** The one table mapping error codes to HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  domain_not_allowed: 403,
  not_found: 404,
  conflict: 409,
  setup_done: 409,
  slot_taken: 409,
  draft_conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  headers_too_large: 431,
  rate_limited: 429,
  internal: 500,
};

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "You do not have permission to do this") =>
  new AppError("forbidden", message);
export const conflict = (message: string, details?: unknown) => new AppError("conflict", message, details);
export const badRequest = (message: string, details?: unknown) =>
  new AppError("validation_failed", message, details);

/** A validation error about one field of the request ("companyId is not a company of this site"), its details in the shape of body validation errors without the field's name. */
export const invalidField = (field: string, message: string) =>
  badRequest(`${field} ${message}`, [{ path: `/${field}`, message }]);

/** Details naming one field, in the same shape as validation errors, so forms can show it beside the field. */
export const fieldProblem = (field: string, message: string) => [
  { path: `/${field}`, message: `${field} ${message}` },
];
