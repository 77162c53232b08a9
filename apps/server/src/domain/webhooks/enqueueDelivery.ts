import type { Kysely } from "kysely";
import { enqueueJob } from "../../jobs/enqueueJob";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import type { Database } from "../../store/schema";
import type { WebhookEvent } from "./emitWebhookEvent";

export const WEBHOOK_DELIVERY_JOB = "webhook.deliver";

/** The job of one attempt: it runs only while the delivery still waits for exactly that attempt. */
export interface DeliveryJobPayload {
  deliveryId: string;
  attempt: number;
}

/**
 * Writes one delivery of `event` to a subscription and the durable job of its first attempt, inside
 * the caller's transaction. The JSON body is fixed here, so every attempt and replay sends the same
 * bytes with the same delivery id. Returns the delivery id.
 */
export async function enqueueDelivery(
  trx: Kysely<Database>,
  subscription: { id: string; site_id: string },
  event: WebhookEvent,
  maxAttempts: number,
): Promise<string> {
  const id = newId();
  const now = nowIso();
  const payload = { id, type: event.type, createdAt: event.at, siteId: event.siteId, data: event.data };
  await trx
    .insertInto("webhook_deliveries")
    .values({
      id,
      site_id: subscription.site_id,
      subscription_id: subscription.id,
      event_type: event.type,
      payload: JSON.stringify(payload),
      status: "pending",
      attempts: 0,
      max_attempts: maxAttempts,
      next_attempt_at: now,
      last_status_code: null,
      last_error: null,
      response_time_ms: null,
      created_at: now,
      delivered_at: null,
      updated_at: now,
    })
    .execute();
  await enqueueAttempt(trx, { deliveryId: id, attempt: 1 }, now);
  return id;
}

/** The job of one attempt, due at `runAt`. Its own retries only cover a node or database failing mid-run. */
export async function enqueueAttempt(
  trx: Kysely<Database>,
  payload: DeliveryJobPayload,
  runAt: string,
): Promise<void> {
  await enqueueJob(trx, {
    kind: WEBHOOK_DELIVERY_JOB,
    payload,
    runAt,
    dedupeKey: `webhook.deliver:${payload.deliveryId}:${payload.attempt}`,
    maxAttempts: 3,
  });
}
