import type { VisitorPresenceStore } from "./visitorPresence";

/** What several memory stores share when a test makes them stand for nodes of one deployment. */
export interface MemoryVisitorSpace {
  /** node id → lease end (ms). */
  nodes: Map<string, number>;
  /** visitor key → the nodes holding them. */
  visitors: Map<string, Set<string>>;
}

export const memoryVisitorSpace = (): MemoryVisitorSpace => ({ nodes: new Map(), visitors: new Map() });

/** Visitor presence kept in this process (one node; or several sharing `space`, in tests). */
export function createMemoryVisitorPresence(space = memoryVisitorSpace()): VisitorPresenceStore {
  const nodeId = crypto.randomUUID();
  const { nodes, visitors } = space;
  const anyAlive = (holders: Set<string> | undefined, now: number) =>
    [...(holders ?? [])].some((node) => (nodes.get(node) ?? -Infinity) >= now);
  return {
    kind: "memory",
    nodeId,
    async hold(visitor, { now, leaseUntil }) {
      const holders = visitors.get(visitor) ?? new Set<string>();
      const cameOnline = !anyAlive(holders, now);
      const nodeWasKnown = nodes.has(nodeId);
      nodes.set(nodeId, leaseUntil);
      holders.add(nodeId);
      visitors.set(visitor, holders);
      return { cameOnline, nodeWasKnown };
    },
    async release(visitor, now) {
      const holders = visitors.get(visitor);
      holders?.delete(nodeId);
      if (holders?.size === 0) visitors.delete(visitor);
      return !anyAlive(holders, now);
    },
    async renew({ leaseUntil }) {
      const known = nodes.has(nodeId);
      nodes.set(nodeId, leaseUntil);
      return known;
    },
    async online(keys, now) {
      return new Set(keys.filter((key) => anyAlive(visitors.get(key), now)));
    },
    async reap(now) {
      const dead = [...nodes].filter(([, until]) => until < now).map(([node]) => node);
      if (!dead.length) return [];
      const gone: string[] = [];
      for (const [visitor, holders] of visitors) {
        if (!dead.map((node) => holders.delete(node)).includes(true)) continue;
        if (!anyAlive(holders, now)) gone.push(visitor);
        if (holders.size === 0) visitors.delete(visitor);
      }
      for (const node of dead) nodes.delete(node);
      return gone;
    },
    async close() {},
  };
}
