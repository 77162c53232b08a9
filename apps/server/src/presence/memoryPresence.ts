import { clock } from "../lib/clock";
import { isOnline, type Presence, type PresenceEntry } from "./presence";

/** Presence for a single node: heartbeats kept in this process. */
export function createMemoryPresence(): Presence {
  const entries = new Map<string, PresenceEntry>();
  const announced = new Map<string, Record<string, string>>();
  return {
    kind: "memory",
    async beat(userId, { inboxOpen }) {
      const now = clock().now();
      const before = entries.get(userId);
      const at = new Date(now).toISOString();
      entries.set(userId, {
        lastSeenAt: at,
        inboxSeenAt: inboxOpen ? at : (before?.inboxSeenAt ?? null),
      });
      return !isOnline(before, now);
    },
    async read(userIds) {
      const found = new Map<string, PresenceEntry>();
      for (const id of userIds) {
        const entry = entries.get(id);
        if (entry) found.set(id, entry);
      }
      return found;
    },
    async exchangeAnnounced(scope, states) {
      const before = announced.get(scope) ?? {};
      announced.set(scope, { ...states });
      return before;
    },
    async close() {
      entries.clear();
      announced.clear();
    },
  };
}
