import type { Kysely } from "kysely";
import type { AppContext } from "../../api/context";
import type { Bus } from "../../bus/bus";
import { clock } from "../../lib/clock";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** An active subscription as emitting needs it: who, and which event types it wants. */
export interface ActiveSubscription {
  id: string;
  site_id: string;
  eventTypes: ReadonlySet<string>;
}

/** The bus channel every node listens on for changes of subscriptions (no client may join it). */
export const WEBHOOKS_CHANNEL = "server:webhooks";
/** A safety net for an announcement lost while the bus was down: an entry is read again after this. */
export const SUBSCRIPTION_CACHE_TTL_MS = 60_000;
const MAX_SITES = 10_000;

/**
 * One node's copy of each site's active subscriptions, so a bot step that writes an activity on a
 * site without subscriptions (most of them) reads nothing more. A change of a site's subscriptions
 * drops the site's entry on the node that made it at once, and on every other node when its
 * `webhooks.changed` arrives over the bus. A read that an announcement overtook is not kept.
 */
class SubscriptionCache {
  private readonly sites = new Map<string, { rows: ActiveSubscription[]; readAt: number }>();
  /** Moves on every drop: a read started before a drop may be stale and is used once, not kept. */
  private generation = 0;

  async lookup(db: Kysely<Database>, siteIds: readonly string[]): Promise<ActiveSubscription[]> {
    const now = clock().now();
    const found: ActiveSubscription[] = [];
    const missing: string[] = [];
    for (const siteId of siteIds) {
      const entry = this.sites.get(siteId);
      if (entry && now - entry.readAt < SUBSCRIPTION_CACHE_TTL_MS && now >= entry.readAt)
        found.push(...entry.rows);
      else missing.push(siteId);
    }
    if (missing.length === 0) return found;
    const generation = this.generation;
    const rows = await readActiveSubscriptions(db, missing);
    if (generation === this.generation)
      for (const siteId of missing) {
        this.sites.delete(siteId);
        if (this.sites.size >= MAX_SITES) this.sites.delete(this.sites.keys().next().value as string);
        this.sites.set(siteId, { rows: rows.filter((r) => r.site_id === siteId), readAt: now });
      }
    return [...found, ...rows];
  }

  drop(siteId: string): void {
    this.generation++;
    this.sites.delete(siteId);
  }
}

/**
 * The caches of the running nodes, by their database handle's adapter: Kysely gives a transaction
 * the adapter of the database it was opened on, so code holding only a transaction finds its
 * node's cache. Several nodes in one process (tests) each have their own.
 */
const caches = new WeakMap<object, SubscriptionCache>();
const cacheOf = (db: Kysely<Database>) => caches.get(db.getExecutor().adapter);

/**
 * Starts this node's cache: it listens for `webhooks.changed` before its first read is kept, until
 * the bus closes. Without it (a bare store, or BuildOptions.webhookSubscriptionCache false) every
 * event reads the subscriptions.
 */
export async function startSubscriptionCache(db: Kysely<Database>, bus: Bus): Promise<void> {
  const cache = new SubscriptionCache();
  await bus.subscribe(WEBHOOKS_CHANNEL, (event) => {
    if (event.name === "webhooks.changed") cache.drop(event.data.siteId);
  });
  caches.set(db.getExecutor().adapter, cache);
}

/** The active subscriptions of these sites: this node's copy, or read (and kept) when it has none. */
export function activeSubscriptions(
  db: Kysely<Database>,
  siteIds: readonly string[],
): Promise<ActiveSubscription[]> {
  return cacheOf(db)?.lookup(db, siteIds) ?? readActiveSubscriptions(db, siteIds);
}

/** After a change of the site's subscriptions committed: this node drops its copy now, the others on the bus. */
export async function announceSubscriptionsChanged(
  ctx: Pick<AppContext, "store" | "bus">,
  siteId: string,
): Promise<void> {
  cacheOf(ctx.store.db)?.drop(siteId);
  await ctx.bus.publish({ channel: WEBHOOKS_CHANNEL, name: "webhooks.changed", data: { siteId } });
}

async function readActiveSubscriptions(
  db: Kysely<Database>,
  siteIds: readonly string[],
): Promise<ActiveSubscription[]> {
  const rows = await db
    .selectFrom("webhook_subscriptions")
    .select(["id", "site_id", "event_types"])
    .where("site_id", "in", siteIds)
    .where("active", "=", 1)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    site_id: r.site_id,
    eventTypes: new Set(parseJson<string[]>(r.event_types, [])),
  }));
}
