import type { ConversationMessage } from "@parley/protocol/conversationMessage";

/**
 * The messages already shown plus newly heard ones, once each and in sequence order: an event heard
 * twice, or a refetch after a reconnect that overlaps what is cached, shows nothing twice. Returns
 * `existing` itself when nothing is new.
 */
export function mergeMessages(
  existing: readonly ConversationMessage[],
  incoming: readonly ConversationMessage[],
): ConversationMessage[] {
  const seen = new Set(existing.map((m) => m.seq));
  const fresh = incoming.filter((m) => !seen.has(m.seq) && (seen.add(m.seq), true));
  if (fresh.length === 0) return existing as ConversationMessage[];
  return [...existing, ...fresh].sort((a, b) => a.seq - b.seq);
}
