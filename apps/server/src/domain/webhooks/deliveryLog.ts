import type {
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookPayload,
} from "@parley/protocol/webhooks";
import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import { notFound } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Database, WebhookDeliveryTable } from "../../store/schema";
import { readSeekPage } from "../people/readSeekPage";

type Query = z.output<typeof WebhookDeliveryQuery>;

export function presentDelivery(row: WebhookDeliveryTable): WebhookDelivery {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    type: row.event_type,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    responseTimeMs: row.response_time_ms,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  };
}

/** The site's deliveries, newest first, paged by cursor; filtered by subscription, status and type. */
export async function listDeliveries(
  db: Kysely<Database>,
  siteId: string,
  query: Query,
): Promise<WebhookDeliveryPage> {
  let select = db.selectFrom("webhook_deliveries").selectAll().where("site_id", "=", siteId);
  if (query.subscriptionId) select = select.where("subscription_id", "=", query.subscriptionId);
  if (query.status) select = select.where("status", "=", query.status);
  if (query.type) select = select.where("event_type", "=", query.type);
  const { page, nextCursor } = await readSeekPage(select, {
    key: sql.ref("created_at"),
    id: sql.ref("id"),
    sort: "created",
    order: "desc",
    limit: query.limit,
    cursor: query.cursor,
    keyOf: (row) => row.created_at,
  });
  return { items: page.map(presentDelivery), nextCursor };
}

export async function deliveryRow(
  db: Kysely<Database>,
  siteId: string,
  id: string,
): Promise<WebhookDeliveryTable> {
  const row = await db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where("id", "=", id)
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  if (!row) throw notFound("Webhook delivery");
  return row;
}

/** One delivery with the body it sends and every attempt, oldest first. */
export async function readDelivery(
  db: Kysely<Database>,
  siteId: string,
  id: string,
): Promise<WebhookDeliveryDetail> {
  const row = await deliveryRow(db, siteId, id);
  const attempts = await db
    .selectFrom("webhook_attempts")
    .selectAll()
    .where("delivery_id", "=", id)
    .orderBy("number")
    .execute();
  return {
    ...presentDelivery(row),
    payload: parseJson<WebhookPayload>(row.payload, {} as WebhookPayload),
    attemptLog: attempts.map((a) => ({
      number: a.number,
      at: a.at,
      statusCode: a.status_code,
      durationMs: a.duration_ms,
      error: a.error,
      responseExcerpt: a.response_excerpt,
    })),
  };
}
