/** Stable error codes. One table on the server maps each to an HTTP status and a WebSocket error frame. */
export const ERROR_CODES = [
  "bad_request",
  "validation_failed",
  "unauthenticated",
  "forbidden",
  "csrf_failed",
  "not_found",
  "conflict",
  "rate_limited",
  "payload_too_large",
  "uri_too_long",
  "headers_too_large",
  "setup_done",
  "invalid_credentials",
  "domain_not_allowed",
  /** A meeting slot someone else took first: `details.offer` holds fresh slots (MeetingOfferView). */
  "slot_taken",
  /** A draft saved on top of an older revision (another tab or marketer saved first): `details.dialogue` holds theirs. */
  "draft_conflict",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown; requestId?: string };
}
