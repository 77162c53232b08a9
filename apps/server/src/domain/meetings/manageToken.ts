import crypto from "node:crypto";
import { AppError } from "../../errors";

/** Kept apart from every other signed value of the instance (visitor tokens, …): one cannot pass for another. */
const PURPOSE = "meeting-manage";

function mac(secret: string, meetingId: string, expiresAtSeconds: number): string {
  return crypto
    .createHmac("sha256", secret)
    .update(`${PURPOSE}:${meetingId}:${expiresAtSeconds}`)
    .digest("base64url");
}

/**
 * The token of a visitor's reschedule and cancel links: `<meetingId>.<expiry, epoch seconds>.<HMAC-SHA256>`
 * with the instance secret, so the server trusts it without storing it. It stops working at `expiresAt`.
 */
export function signManageToken(secret: string, meetingId: string, expiresAt: number): string {
  const seconds = Math.floor(expiresAt / 1000);
  return `${meetingId}.${seconds}.${mac(secret, meetingId, seconds)}`;
}

export type ManageTokenCheck =
  | { ok: true; meetingId: string; expiresAt: number }
  | { ok: false; reason: "invalid" | "expired"; meetingId?: string };

/** Whether the token is ours (constant-time comparison) and still valid at `now`. */
export function checkManageToken(secret: string, token: string, now: number): ManageTokenCheck {
  const [meetingId, expiry, given, extra] = token.split(".");
  if (!meetingId || !expiry || !given || extra !== undefined || !/^\d{1,12}$/.test(expiry))
    return { ok: false, reason: "invalid" };
  const seconds = Number(expiry);
  const expected = Buffer.from(mac(secret, meetingId, seconds));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual))
    return { ok: false, reason: "invalid" };
  if (seconds * 1000 <= now) return { ok: false, reason: "expired", meetingId };
  return { ok: true, meetingId, expiresAt: seconds * 1000 };
}

/** The meeting a valid token names; a tampered or expired one is a 400 that says which. */
export function verifyManageToken(secret: string, token: string, now: number): string {
  const check = checkManageToken(secret, token, now);
  if (check.ok) return check.meetingId;
  throw check.reason === "expired"
    ? new AppError(
        "bad_request",
        "This link has expired: the meeting can no longer be changed online. Reply to the invitation instead.",
        { reason: "expired" },
      )
    : new AppError("bad_request", "This link is not valid. Use the link from your latest invitation.", {
        reason: "invalid_token",
      });
}

/** When a meeting's links stop working: `cutoffHours` before it starts. */
export const manageDeadline = (startsAt: string, cutoffHours: number): number =>
  Date.parse(startsAt) - cutoffHours * 3_600_000;

/** The visitor's links: the manage page (`/meetings/manage`, built by the widget app) to reschedule, or to cancel. */
export function manageLinks(publicUrl: string, token: string): { rescheduleUrl: string; cancelUrl: string } {
  const rescheduleUrl = `${publicUrl}/meetings/manage?token=${encodeURIComponent(token)}`;
  return { rescheduleUrl, cancelUrl: `${rescheduleUrl}&action=cancel` };
}
