import { newId } from "../../lib/ids";

/** A visit (session) ends after this long without a page view. */
export const SESSION_GAP_MS = 30 * 60 * 1000;

/**
 * The visit a page view at `now` belongs to: the visitor's latest one if it saw a page less than
 * SESSION_GAP_MS ago, otherwise a new one.
 */
export function visitSession(latest: { sessionId: string; lastAt: string } | null, now: number): string {
  if (latest && now - Date.parse(latest.lastAt) < SESSION_GAP_MS) return latest.sessionId;
  return newId();
}
