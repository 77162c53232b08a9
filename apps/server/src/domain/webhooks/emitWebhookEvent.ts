import type { Kysely } from "kysely";
import type { ActivityTable, Database } from "../../store/schema";

/** One thing that happened, as webhook subscribers get it (docs/webhooks.md lists the types). */
export interface WebhookEvent {
  siteId: string;
  /** An activity type of product.md §8 (`email_given` …) or a meeting/live-chat event (`meeting.booked` …). */
  type: string;
  /** ISO 8601 */
  at: string;
  data: Record<string, unknown>;
}

/**
 * OWNED BY h12-webhooks. Inside the caller's transaction: one delivery (and its durable job) per
 * active subscription of the site to `event.type`, so a committed event is never lost and a rolled
 * back one never sent.
 */
export async function emitWebhookEvents(
  _db: Kysely<Database>,
  _events: readonly WebhookEvent[],
): Promise<void> {
  // placeholder of the contract
}

/** The webhook events of activities written in a transaction (EventLog.flush, identifyFromPage …). */
export const activityWebhookEvents = (activities: readonly ActivityTable[]): WebhookEvent[] =>
  activities.map((a) => ({
    siteId: a.site_id,
    type: a.type,
    at: a.at,
    data: {
      activityId: a.id,
      visitorId: a.visitor_id,
      personId: a.person_id,
      dialogueId: a.dialogue_id,
      dialogueVersion: a.dialogue_version,
      pageUrl: a.page_url,
      ...(JSON.parse(a.data) as Record<string, unknown>),
    },
  }));
