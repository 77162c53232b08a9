import { Redis } from "ioredis";
import type { Logger } from "pino";
import type { VisitorPresenceStore } from "./visitorPresence";

// Whether any holder of a visitor (KEYS[i]) has a lease at or after `now`: shared by the scripts.
const ALIVE = `
local function alive(holders, now)
  for _, node in ipairs(redis.call('SMEMBERS', holders)) do
    local lease = redis.call('ZSCORE', KEYS[1], node)
    if lease and tonumber(lease) >= now then return true end
  end
  return false
end`;

/**
 * Keys of a deployment gone for good (every node stopped, say a test's) are forgotten this long after
 * they were last refreshed; a live node refreshes its own (renew) well within it.
 */
const FORGET_AFTER_MS = 7 * 24 * 60 * 60_000;
const REFRESH_VISITOR_KEYS_EVERY_MS = 24 * 60 * 60_000;

// KEYS: nodes, node:<id>, v:<visitor>. ARGV: node id, visitor, now, lease end, ttl. Returns [cameOnline, nodeWasKnown].
const HOLD = `${ALIVE}
local was = alive(KEYS[3], tonumber(ARGV[3]))
local known = redis.call('ZSCORE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[1])
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[5]) end
return { was and 0 or 1, known and 1 or 0 }`;

// KEYS: nodes, node:<id>, v:<visitor>. ARGV: node id, visitor, now. Returns 1 when nobody holds them now.
const RELEASE = `${ALIVE}
redis.call('SREM', KEYS[2], ARGV[2])
redis.call('SREM', KEYS[3], ARGV[1])
return alive(KEYS[3], tonumber(ARGV[3])) and 0 or 1`;

// KEYS: nodes, node:<id>. ARGV: node id, lease end, ttl, key prefix or '' (also refresh the visitors' keys).
// Returns 1 when the node was known.
const RENEW = `
local known = redis.call('ZSCORE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
if ARGV[4] ~= '' then
  for _, visitor in ipairs(redis.call('SMEMBERS', KEYS[2])) do
    redis.call('PEXPIRE', ARGV[4] .. 'v:' .. visitor, ARGV[3])
  end
end
return known and 1 or 0`;

// KEYS: nodes, v:<visitor>…. ARGV: now. Returns 1/0 per visitor.
const ONLINE = `${ALIVE}
local now = tonumber(ARGV[1])
local result = {}
for i = 2, #KEYS do result[i - 1] = alive(KEYS[i], now) and 1 or 0 end
return result`;

// KEYS: nodes. ARGV: now, key prefix. One step, so a lapsed node is reaped (and announced) once.
const REAP = `${ALIVE}
local now = tonumber(ARGV[1])
local gone = {}
for _, node in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])) do
  local held = ARGV[2] .. 'node:' .. node
  for _, visitor in ipairs(redis.call('SMEMBERS', held)) do
    local holders = ARGV[2] .. 'v:' .. visitor
    redis.call('SREM', holders, node)
    if not alive(holders, now) then table.insert(gone, visitor) end
  end
  redis.call('DEL', held)
  redis.call('ZREM', KEYS[1], node)
end
return gone`;

/**
 * Visitor presence shared by every node on one Redis: a sorted set of nodes scored by their lease,
 * a set per node of the visitors it holds, a set per visitor of the nodes holding them. A renewal is
 * one command whatever the node holds. Each change is one script, so two nodes agree on who saw a
 * visitor come or go. The scripts name the keys of other nodes (reap): one Redis, not a cluster.
 * `deployment` keeps apart the nodes of Parleys sharing one Redis (each reaps only its own).
 */
export async function createRedisVisitorPresence(
  url: string,
  log: Logger,
  deployment: string,
): Promise<VisitorPresenceStore> {
  const PREFIX = `parley:visitors:${deployment}:`;
  /** node id → the end of its lease (ms of the process clock), as the score. */
  const NODES = `${PREFIX}nodes`;
  /** `node:<id>`: the visitors a node holds; `v:<visitor>`: the nodes holding a visitor. */
  const nodeKey = (id: string) => `${PREFIX}node:${id}`;
  const holdersKey = (visitor: string) => `${PREFIX}v:${visitor}`;
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  redis.on("error", (err) => log.error({ err }, "redis visitor presence connection error"));
  await redis.connect();
  const nodeId = crypto.randomUUID();
  let visitorKeysRefreshedAt = -Infinity;
  /** A script on one visitor: KEYS nodes, node:<this>, v:<visitor>; ARGV this node, the visitor, then `args`. */
  const onVisitor = (script: string, visitor: string, ...args: number[]) =>
    redis.eval(script, 3, NODES, nodeKey(nodeId), holdersKey(visitor), nodeId, visitor, ...args);
  return {
    kind: "redis",
    nodeId,
    async hold(visitor, { now, leaseUntil }) {
      const [came, known] = (await onVisitor(HOLD, visitor, now, leaseUntil, FORGET_AFTER_MS)) as [
        number,
        number,
      ];
      return { cameOnline: came === 1, nodeWasKnown: known === 1 };
    },
    async release(visitor, now) {
      return (await onVisitor(RELEASE, visitor, now)) === 1;
    },
    async renew({ now, leaseUntil }) {
      // Refreshing every held visitor's key costs one step each: once a day is enough for the TTL.
      const deep = now - visitorKeysRefreshedAt >= REFRESH_VISITOR_KEYS_EVERY_MS;
      if (deep) visitorKeysRefreshedAt = now;
      const known = await redis.eval(
        RENEW,
        2,
        NODES,
        nodeKey(nodeId),
        nodeId,
        leaseUntil,
        FORGET_AFTER_MS,
        deep ? PREFIX : "",
      );
      return known === 1;
    },
    async online(visitors, now) {
      if (!visitors.length) return new Set();
      const flags = (await redis.eval(
        ONLINE,
        1 + visitors.length,
        NODES,
        ...visitors.map(holdersKey),
        now,
      )) as number[];
      return new Set(visitors.filter((_, i) => flags[i] === 1));
    },
    async reap(now) {
      return [...new Set((await redis.eval(REAP, 1, NODES, now, PREFIX)) as string[])];
    },
    async close() {
      await redis.quit();
    },
  };
}
