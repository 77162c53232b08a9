import { clock } from "../../lib/clock";

/** A "still typing" repeat within this is dropped: the other side's indicator lasts longer than it. */
export const TYPING_REPEAT_MS = 2_000;
const MAX_TRACKED = 50;

/**
 * One connection's typing throttle, checked before anything touches the database, so a flood of
 * typing frames costs a map lookup each: a change (started/stopped) always passes; the same state
 * again passes once per TYPING_REPEAT_MS per conversation.
 */
export function createTypingThrottle(): (conversationId: string, typing: boolean) => boolean {
  const last = new Map<string, { typing: boolean; at: number }>();
  return (conversationId, typing) => {
    const now = clock().now();
    const seen = last.get(conversationId);
    if (seen && seen.typing === typing && now - seen.at < TYPING_REPEAT_MS) return false;
    if (!seen && last.size >= MAX_TRACKED) last.delete(last.keys().next().value as string);
    last.set(conversationId, { typing, at: now });
    return true;
  };
}
