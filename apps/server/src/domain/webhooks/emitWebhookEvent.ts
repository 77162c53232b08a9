import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { ActivityTable, Database } from "../../store/schema";
import { enqueueDelivery } from "./enqueueDelivery";
import { type ActiveSubscription, activeSubscriptions } from "./subscriptionCache";
import { MAX_DELIVERY_ATTEMPTS } from "./webhookRetry";

/** One thing that happened, as webhook subscribers get it (docs/webhooks.md lists the types). */
export interface WebhookEvent {
  siteId: string;
  /** A WebhookEventType: `activity.email_given`, `meeting.booked`, `livechat.requested` … */
  type: string;
  /** ISO 8601 */
  at: string;
  data: Record<string, unknown>;
}

/**
 * Inside the caller's transaction: one delivery (and its durable job) per active subscription of the
 * site to `event.type`, so a committed event is never lost and a rolled back one never sent. The
 * worker picks the jobs up within its poll interval (callers may poke it after the commit). The
 * subscriptions come from this node's cache (subscriptionCache): a site without any costs no read.
 */
export async function emitWebhookEvents(
  db: Kysely<Database>,
  events: readonly WebhookEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await deliverTo(db, await activeSubscriptions(db, [...new Set(events.map((e) => e.siteId))]), events);
}

/** One delivery per event and subscription that wants it (subscriptions already read). */
async function deliverTo(
  db: Kysely<Database>,
  subscriptions: readonly ActiveSubscription[],
  events: readonly WebhookEvent[],
): Promise<void> {
  if (subscriptions.length === 0) return;
  for (const event of events)
    for (const subscription of subscriptions)
      if (subscription.site_id === event.siteId && subscription.eventTypes.has(event.type))
        await enqueueDelivery(db, subscription, event, MAX_DELIVERY_ATTEMPTS);
}

/**
 * One event whose data costs reads to build (a meeting, a chat): built only when an active
 * subscription of the site wants `type`, then emitted as emitWebhookEvents does, in the caller's transaction.
 */
export async function emitWebhookEvent(
  db: Kysely<Database>,
  siteId: string,
  type: string,
  at: string,
  data: () => Promise<Record<string, unknown>>,
): Promise<void> {
  const wanted = await activeSubscriptions(db, [siteId]);
  if (!wanted.some((s) => s.eventTypes.has(type))) return;
  await deliverTo(db, wanted, [{ siteId, type, at, data: await data() }]);
}

/** The webhook events of activities written in a transaction (EventLog.flush, identifyFromPage …). */
export const activityWebhookEvents = (activities: readonly ActivityTable[]): WebhookEvent[] =>
  activities.map((a) => ({
    siteId: a.site_id,
    type: `activity.${a.type}`,
    at: a.at,
    data: {
      activityId: a.id,
      visitorId: a.visitor_id,
      personId: a.person_id,
      dialogueId: a.dialogue_id,
      dialogueVersion: a.dialogue_version,
      pageUrl: a.page_url,
      ...parseJson<Record<string, unknown>>(a.data, {}),
    },
  }));
