/** An agent's latest heartbeats, as instants (ISO 8601) of the process clock. */
export interface PresenceEntry {
  /** Last heartbeat from any of the agent's app connections. */
  lastSeenAt: string;
  /** Last heartbeat sent while the inbox was on screen; null: not within the retention window. */
  inboxSeenAt: string | null;
}

/** How long after the last heartbeat an agent still counts as online (the app beats every 15 s). */
export const PRESENCE_GRACE_MS = 45_000;

/**
 * Who is online, shared by every node: in memory on one node, Redis keys with a TTL across nodes
 * (presence/redisPresence.ts). Entries carry instants of the process clock, so tests with a frozen
 * clock decide who is online; the TTL only lets Redis forget agents long gone.
 */
export interface Presence {
  readonly kind: "memory" | "redis";
  /** Records a heartbeat. Resolves to true when the agent was not online just before (came online). */
  beat(userId: string, beat: { inboxOpen: boolean }): Promise<boolean>;
  /** The latest heartbeats of these agents; agents without any are absent. */
  read(userIds: readonly string[]): Promise<Map<string, PresenceEntry>>;
  /**
   * Stores what was last announced for `scope` (agent id → state) and resolves to what was stored
   * before: the recurring presence sweep announces only the differences, whichever node runs it.
   */
  exchangeAnnounced(scope: string, states: Record<string, string>): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** Whether a heartbeat at `lastSeenAt` still counts at `nowMs` (the grace period covers flaky links). */
export const isOnline = (entry: PresenceEntry | undefined, nowMs: number): boolean =>
  !!entry && nowMs - Date.parse(entry.lastSeenAt) <= PRESENCE_GRACE_MS;
