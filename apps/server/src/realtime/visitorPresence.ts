import type { Logger } from "pino";
import { clock } from "../lib/clock";
import type { Timers } from "../lib/timers";
import { parseVisitorKey, visitorKey, type VisitorPresenceStore } from "../presence/visitorPresence";

/** A visitor's last widget socket closed this long ago: they are offline (a page navigation reconnects within it). */
export const OFFLINE_AFTER_MS = 3_000;
/** How long a node's hold on its visitors lasts without renewal, and how often it renews (and reaps). */
export const VISITOR_LEASE_MS = 30_000;
export const RENEW_VISITOR_LEASE_EVERY_MS = 10_000;

export interface VisitorPresenceOptions {
  store: VisitorPresenceStore;
  timers: Timers;
  offlineAfterMs?: number;
  leaseMs?: number;
  renewEveryMs?: number;
  /** Tells the inbox a visitor came online or went offline (on every node: the bus). */
  announce(siteId: string, visitorId: string, online: boolean): Promise<void>;
  log: Logger;
}

/** This node's view of visitor presence: its widget sockets counted, the shared store, the announcements. */
export interface VisitorPresence {
  /** A widget socket of the visitor opened on this node. */
  connected(siteId: string, visitorId: string): void;
  /** One closed; the last one makes the visitor offline after `offlineAfterMs` unless another opens. */
  disconnected(siteId: string, visitorId: string): void;
  /** Those of these visitors (of one site) with a widget connected to any node. */
  online(siteId: string, visitorIds: readonly string[]): Promise<Set<string>>;
  /** How many widget sockets of the visitor are open on this node. */
  sockets(siteId: string, visitorId: string): number;
  /** Resolves once every store step queued so far (holds, releases, renewals, announcements) finished. */
  settled(): Promise<void>;
  /**
   * Stops this node's timers once what it started has finished. Its hold is left to lapse: to the other
   * nodes a node that stops is a node that died, so visitors who reconnect elsewhere at once never
   * read offline in between.
   */
  close(): Promise<void>;
}

interface Held {
  sockets: number;
  /** Recorded in the store (or about to be). */
  held: boolean;
  /** Cancels the pending "offline" of a visitor whose last socket closed. */
  cancelOffline: (() => void) | null;
}

/**
 * Counts each visitor's widget sockets on this node and keeps the shared store (VisitorPresenceStore)
 * in step: the first socket holds the visitor, the last one closing releases them after a short
 * debounce, and the node renews its lease (and reaps nodes whose lease lapsed) on a timer. A visitor's
 * store steps run one after another, so their announcements leave in the order of the changes.
 */
export function createVisitorPresence(options: VisitorPresenceOptions): VisitorPresence {
  const { store, timers, log } = options;
  const offlineAfterMs = options.offlineAfterMs ?? OFFLINE_AFTER_MS;
  const leaseMs = options.leaseMs ?? VISITOR_LEASE_MS;
  const local = new Map<string, Held>();
  const chains = new Map<string, Promise<void>>();
  let closed = false;

  const lease = () => {
    const now = clock().now();
    return { now, leaseUntil: now + leaseMs };
  };
  const announce = (key: string, online: boolean) => {
    const { siteId, visitorId } = parseVisitorKey(key);
    return options.announce(siteId, visitorId, online);
  };
  /** Runs `step` after the steps queued before it for the same key. */
  const run = (key: string, step: () => Promise<void>) => {
    const next = (chains.get(key) ?? Promise.resolve())
      .then(step)
      .catch((err) => log.error({ err, visitor: key }, "visitor presence step failed"));
    chains.set(key, next);
    void next.then(() => {
      if (chains.get(key) === next) chains.delete(key);
    });
  };
  const hold = async (key: string) => {
    const { cameOnline, nodeWasKnown } = await store.hold(key, lease());
    // The store had forgotten this node (it missed renewals and was reaped): hold the others again.
    if (!nodeWasKnown)
      for (const [other, entry] of local) if (other !== key && entry.held) run(other, () => hold(other));
    if (cameOnline) await announce(key, true);
  };

  const settled = async () => {
    // A step may queue more (a hold after a reap of this node): wait until nothing is left.
    while (chains.size) await Promise.all([...chains.values()]);
  };

  const stopRenewing = timers.every(options.renewEveryMs ?? RENEW_VISITOR_LEASE_EVERY_MS, () =>
    run("", async () => {
      if (!(await store.renew(lease())))
        for (const [key, entry] of local) if (entry.held) run(key, () => hold(key));
      for (const key of await store.reap(clock().now())) await announce(key, false);
    }),
  );

  return {
    connected(siteId, visitorId) {
      if (closed) return;
      const key = visitorKey(siteId, visitorId);
      const entry = local.get(key) ?? { sockets: 0, held: false, cancelOffline: null };
      local.set(key, entry);
      entry.sockets += 1;
      entry.cancelOffline?.();
      entry.cancelOffline = null;
      if (entry.held) return;
      entry.held = true;
      run(key, () => hold(key));
    },
    disconnected(siteId, visitorId) {
      const key = visitorKey(siteId, visitorId);
      const entry = local.get(key);
      if (closed || !entry || entry.sockets === 0) return;
      entry.sockets -= 1;
      if (entry.sockets > 0) return;
      entry.cancelOffline = timers.after(offlineAfterMs, () => {
        entry.cancelOffline = null;
        if (entry.sockets > 0) return;
        // Gone from this node; a socket opening from now on holds them afresh, after this release.
        local.delete(key);
        run(key, async () => {
          if (await store.release(key, clock().now())) await announce(key, false);
        });
      });
    },
    async online(siteId, visitorIds) {
      const found = new Set<string>();
      const ask: string[] = [];
      for (const id of new Set(visitorIds)) {
        // Held here: online whatever the store says (this node's lease may lag a frozen clock's jump).
        if (local.get(visitorKey(siteId, id))?.held) found.add(id);
        else ask.push(visitorKey(siteId, id));
      }
      for (const key of await store.online(ask, clock().now())) found.add(parseVisitorKey(key).visitorId);
      return found;
    },
    sockets: (siteId, visitorId) => local.get(visitorKey(siteId, visitorId))?.sockets ?? 0,
    settled,
    async close() {
      closed = true;
      stopRenewing();
      for (const entry of local.values()) entry.cancelOffline?.();
      local.clear();
      await settled();
    },
  };
}
