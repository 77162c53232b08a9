import { Redis } from "ioredis";
import type { Logger } from "pino";
import { clock } from "../lib/clock";
import { isOnline, type Presence, type PresenceEntry } from "./presence";

const PREFIX = "parley:presence:";
/**
 * Redis forgets an agent this long after their last heartbeat. Online or not is decided by the
 * instants stored (process clock), never by the TTL, so a frozen clock in tests decides the same
 * way on every node; the TTL only keeps agents long gone from piling up.
 */
const TTL_MS = 6 * 60 * 60_000;

// One atomic step per beat, so two nodes beating for one agent at once agree on who saw "came online".
const BEAT = `
local before = redis.call('HGET', KEYS[1], 'lastSeenAt')
redis.call('HSET', KEYS[1], 'lastSeenAt', ARGV[1])
if ARGV[2] == '1' then redis.call('HSET', KEYS[1], 'inboxSeenAt', ARGV[1]) end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return before`;

const EXCHANGE = `
local before = redis.call('HGETALL', KEYS[1])
redis.call('DEL', KEYS[1])
if #ARGV > 1 then redis.call('HSET', KEYS[1], unpack(ARGV, 2)) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return before`;

/** Presence shared by every node: one Redis hash per agent (lastSeenAt, inboxSeenAt) with a TTL. */
export async function createRedisPresence(url: string, log: Logger): Promise<Presence> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  redis.on("error", (err) => log.error({ err }, "redis presence connection error"));
  await redis.connect();
  return {
    kind: "redis",
    async beat(userId, { inboxOpen }) {
      const now = clock().now();
      const at = new Date(now).toISOString();
      const before = (await redis.eval(BEAT, 1, PREFIX + userId, at, inboxOpen ? "1" : "0", TTL_MS)) as
        string | null;
      return !isOnline(before ? { lastSeenAt: before, inboxSeenAt: null } : undefined, now);
    },
    async read(userIds) {
      const found = new Map<string, PresenceEntry>();
      if (!userIds.length) return found;
      const pipeline = redis.pipeline();
      for (const id of userIds) pipeline.hmget(PREFIX + id, "lastSeenAt", "inboxSeenAt");
      const results = (await pipeline.exec()) ?? [];
      results.forEach(([error, value], i) => {
        if (error) throw error;
        const [lastSeenAt, inboxSeenAt] = value as [string | null, string | null];
        if (lastSeenAt) found.set(userIds[i] as string, { lastSeenAt, inboxSeenAt: inboxSeenAt ?? null });
      });
      return found;
    },
    async exchangeAnnounced(scope, states) {
      const flat = Object.entries(states).flat();
      const before = (await redis.eval(
        EXCHANGE,
        1,
        `${PREFIX}announced:${scope}`,
        TTL_MS,
        ...flat,
      )) as string[];
      const result: Record<string, string> = {};
      for (let i = 0; i + 1 < before.length; i += 2) result[before[i] as string] = before[i + 1] as string;
      return result;
    },
    async close() {
      await redis.quit();
    },
  };
}
