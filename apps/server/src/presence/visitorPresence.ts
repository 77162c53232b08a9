/**
 * Which visitors have a widget connected, shared by every node. Each node registers itself with a
 * lease it renews (`renew`) and records the visitors it holds a socket of (`hold` / `release`); a
 * visitor is online while some node that holds them has a lease not yet lapsed at the reader's
 * process clock. A node that dies stops renewing: its visitors read offline once its lease lapses,
 * and `reap` (run by every node when it renews) removes it and names whom that left offline, so one
 * node announces it. In memory on one node (memoryVisitorPresence.ts), Redis across nodes
 * (redisVisitorPresence.ts). Visitors are keyed `siteId:visitorId`.
 */
export interface VisitorPresenceStore {
  readonly kind: "memory" | "redis";
  /** This node's id in the store (random per process). */
  readonly nodeId: string;
  /**
   * This node holds a socket of the visitor; its lease runs to `leaseUntil`. `cameOnline`: no node
   * held them at `now` before. `nodeWasKnown` false: the store did not know this node (new, or reaped
   * after it missed its renewals): the caller holds its other visitors again.
   */
  hold(visitor: string, at: Lease): Promise<{ cameOnline: boolean; nodeWasKnown: boolean }>;
  /** This node no longer holds the visitor. Resolves to true when no node holds them at `now` (offline). */
  release(visitor: string, now: number): Promise<boolean>;
  /** Extends this node's lease; false when the store did not know it (see `hold`). */
  renew(at: Lease): Promise<boolean>;
  /** Those of these visitors online at `now`. */
  online(visitors: readonly string[], now: number): Promise<Set<string>>;
  /** Forgets nodes whose lease lapsed before `now`; resolves to the visitors that left offline (each once). */
  reap(now: number): Promise<string[]>;
  close(): Promise<void>;
}

/** The instant a call is made at and the end of the node's lease it sets, both of the process clock (ms). */
export interface Lease {
  now: number;
  leaseUntil: number;
}

/** A visitor's key in the store. */
export const visitorKey = (siteId: string, visitorId: string): string => `${siteId}:${visitorId}`;

/** The site and visitor of a key. */
export function parseVisitorKey(key: string): { siteId: string; visitorId: string } {
  const at = key.indexOf(":");
  return { siteId: key.slice(0, at), visitorId: key.slice(at + 1) };
}
