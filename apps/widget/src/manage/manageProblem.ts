import type { ApiAnswer } from "../app/net/callApi";
import type { ManageTexts } from "./manageTexts";

export type ManageProblem = keyof Pick<
  ManageTexts,
  "expired" | "invalid" | "taken" | "wasCancelled" | "noChange" | "failed"
>;

/**
 * What the visitor is told when the server refused: the link expired (400, `details.reason`), is
 * not a valid link or names no meeting (another 400, 404), the time was just taken (409 slot_taken), the meeting
 * was cancelled or can no longer move (another 409), or anything else (network, server).
 */
export function manageProblem(answer: Extract<ApiAnswer<unknown>, { ok: false }>): ManageProblem {
  const reason = (answer.details as { reason?: string } | undefined)?.reason;
  if (answer.status === 400 && reason === "expired") return "expired";
  // Any other 400 of a link is a token that is not one (cut short, altered).
  if (answer.status === 400 || answer.status === 404) return "invalid";
  if (answer.code === "slot_taken") return "taken";
  if (answer.status === 409) return reason === "cancelled" ? "wasCancelled" : "noChange";
  return "failed";
}
